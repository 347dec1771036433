// Interface text in French (default) and English.
#pragma once

namespace app {

enum class Language { French, English };

enum class Text {
    AppTitle, Search, SearchHint, NoResult, Layers, Loading, LoadFailed, Opacity, Up, Down, Details, Close,
    ExportView, ExportTitle, Width, Height, Density, MapTitle, FileName, Export, Exported, ExportFailed, Settings,
    LanguageLabel, UiScale, Fullscreen, FitTerritory, Commune, Hospital, Feature, Population, NoData, Help, HelpText,
    Ready, Zoom, Code, Departement,
    Count_
};

const char* tr(Language lang, Text t);

// For the few words of a panel that are not in the table: the French text, or the English one.
inline const char* tr(Language lang, const char* fr, const char* en) {
    return lang == Language::French ? fr : en;
}

}  // namespace app
