// The text table; each entry French first, then English.
#include "i18n.hpp"

namespace app {

namespace {

struct Entry {
    const char* fr;
    const char* en;
};

constexpr Entry kTable[] = {
    {"SantéMap — s'installer en Loir-et-Cher et Loiret", "SantéMap — practise in Loir-et-Cher and Loiret"},
    {"Rechercher", "Search"},
    {"Commune, hôpital… (ex. romorantin)", "Town, hospital… (e.g. romorantin)"},
    {"Aucun résultat", "No result"},
    {"Couches", "Layers"},
    {"Chargement…", "Loading…"},
    {"Échec du chargement", "Failed to load"},
    {"Opacité", "Opacity"},
    {"Monter", "Up"},
    {"Descendre", "Down"},
    {"Détails", "Details"},
    {"Fermer", "Close"},
    {"Exporter la vue", "Export the view"},
    {"Exporter la vue en image (PNG)", "Export the view as an image (PNG)"},
    {"Largeur (px)", "Width (px)"},
    {"Hauteur (px)", "Height (px)"},
    {"Densité", "Density"},
    {"Titre", "Title"},
    {"Fichier", "File"},
    {"Exporter", "Export"},
    {"Image enregistrée : ", "Image saved: "},
    {"Export impossible : ", "Export failed: "},
    {"Réglages", "Settings"},
    {"Langue", "Language"},
    {"Taille de l'interface", "Interface size"},
    {"Plein écran (F11)", "Full screen (F11)"},
    {"Tout le territoire (Origine)", "Whole territory (Home)"},
    {"Commune", "Town"},
    {"Hôpital / clinique", "Hospital / clinic"},
    {"Élément", "Feature"},
    {"Population", "Population"},
    {"pas de données", "no data"},
    {"Aide", "Help"},
    {"Glisser : déplacer · Molette ou +/− : zoomer · Double-clic : zoomer ici · Origine : tout le territoire · "
     "Clic : fiche de la commune · F11 : plein écran",
     "Drag: pan · Wheel or +/−: zoom · Double-click: zoom here · Home: whole territory · Click: details · "
     "F11: full screen"},
    {"Prêt", "Ready"},
    {"Zoom", "Zoom"},
    {"Code INSEE", "INSEE code"},
    {"Département", "Département"},
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<int>(Text::Count_), "one entry per Text");

}  // namespace

const char* tr(Language lang, Text t) {
    const Entry& e = kTable[static_cast<int>(t)];
    return lang == Language::French ? e.fr : e.en;
}

}  // namespace app
