// Every text of the interface, French then English: X(key, fr, en). "{}" marks where trf() puts
// its arguments, in order. Words of data files (catalogue, professions, aids) are not here: they
// carry their own {"fr", "en"}.
#pragma once

// clang-format off
#define SANTEMAP_TEXTS(X) \
    /* window and menus */ \
    X(AppName, "SantéMap", "SantéMap") \
    X(MenuFind, "Trouver", "Find") \
    X(MenuLayers, "Couches", "Layers") \
    X(MenuAddLayer, "Ajouter une couche…", "Add a layer…") \
    X(MenuSources, "Sources", "Sources") \
    X(MenuEditing, "Édition", "Editing") \
    X(MenuExportView, "Exporter la vue", "Export the view") \
    X(MenuSettings, "Réglages", "Settings") \
    X(MenuHelp, "Aide", "Help") \
    X(FitTerritory, "Tout le territoire (Origine)", "Whole territory (Home)") \
    X(LanguageLabel, "Langue", "Language") \
    X(LanguageFrench, "Français", "Français") \
    X(LanguageEnglish, "English", "English") \
    X(UiScale, "Taille de l'interface", "Interface size") \
    X(Fullscreen, "Plein écran (F11)", "Full screen (F11)") \
    X(FullscreenKey, "F11", "F11") \
    X(Percent, "{} %", "{}%") \
    X(MenuMore, "Plus…", "More…") \
    X(HelpPage, "Aide…", "Help…") \
    X(HelpKey, "F1", "F1") \
    X(AboutApp, "À propos", "About") \
    X(Quit, "Quitter", "Quit") \
    X(QuitKey, "Ctrl+Q", "Ctrl+Q") \
    /* help window */ \
    X(HelpTitle, "Aide", "Help") \
    X(HelpGestures, "Gestes", "Gestures") \
    X(HelpColours, "Couleurs", "Colours") \
    X(GestureDrag, "Glisser (souris ou doigt)", "Drag (mouse or finger)") \
    X(GestureDragDoes, "déplace la carte", "moves the map") \
    X(GestureZoom, "Molette, touches + et −", "Wheel, + and − keys") \
    X(GestureZoomDoes, "rapproche ou éloigne", "zooms in or out") \
    X(GestureDoubleClick, "Double-clic ou double toucher", "Double-click or double tap") \
    X(GestureDoubleClickDoes, "zoome à cet endroit", "zooms in there") \
    X(GestureClick, "Clic ou toucher sur une commune, un point", "Click or tap on a commune, a point") \
    X(GestureClickDoes, "ouvre sa fiche (chiffres, aides, contacts)", "opens its sheet (figures, aids, contacts)") \
    X(GestureCluster, "Toucher un cercle numéroté", "Tap a numbered circle") \
    X(GestureClusterDoes, "zoome sur le groupe ; s'ils sont au même endroit, liste pour choisir", \
      "zooms on the group; when they are at one place, a list to choose from") \
    X(GestureHome, "Origine, touche Début", "Home button or key") \
    X(GestureHomeDoes, "revient à tout le territoire", "back to the whole territory") \
    X(GestureLegend, "Toucher la légende", "Tap the legend") \
    X(GestureLegendDoes, "la replie ou l'ouvre", "folds or opens it") \
    X(GestureEscape, "Échap", "Escape") \
    X(GestureEscapeDoes, "ferme la fiche", "closes the sheet") \
    X(GestureFullscreen, "F11", "F11") \
    X(GestureFullscreenDoes, "plein écran ou fenêtre", "full screen or window") \
    X(HelpColoursIntro, "Ce que montre la carte en ce moment :", "What the map shows now:") \
    X(HelpIndicatorsHeading, "Lire les couleurs", "Reading the colours") \
    X(HelpApl, "Indicateurs : du rouge (accès faible) au bleu (bon accès). APL (DREES) : consultations de médecin généraliste accessibles par habitant et par an ; sous 2,5, la commune est sous-dotée.", \
      "Indicators: from red (poor access) to blue (good access). APL (DREES): GP consultations within reach per inhabitant per year; under 2.5, the commune is under-served.") \
    X(HelpZoning, "Zonage médecins : ZIP (zone d'intervention prioritaire) et ZAC (zone d'action complémentaire) ouvrent droit aux aides ; hachuré par-dessus un indicateur.", \
      "GP zoning: ZIP (priority areas) and ZAC (complementary areas) open the aids; hatched over an indicator.") \
    X(HelpClusters, "Un cercle numéroté regroupe plusieurs points proches ; sa couleur est celle de la catégorie.", \
      "A numbered circle groups nearby points; its colour is the category's.") \
    X(HelpDemo, "« exemple » en orange : annonce de démonstration, pas une offre réelle.", \
      "“example” in orange: a demonstration listing, not a real offer.") \
    X(HelpSourcesIntro, "Les données de la carte viennent de ces sources publiques (détail dans le panneau Sources) :", \
      "The map's data comes from these public sources (details in the Sources panel):") \
    X(HelpOpenSources, "Ouvrir le panneau Sources", "Open the Sources panel") \
    X(AboutVersion, "SantéMap {}", "SantéMap {}") \
    X(AboutWhat, "Carte des opportunités d'installation des professionnels de santé en Loir-et-Cher et dans le Loiret : zonage, aides, annonces des agences.", \
      "Map of installation opportunities for health professionals in Loir-et-Cher and Loiret: zoning, aids, agency listings.") \
    X(AboutDemo, "Les annonces marquées « exemple » sont des données de démonstration tirées des documents des départements.", \
      "Listings marked “example” are demonstration data drawn from the départements' documents.") \
    X(AboutLibraries, "Bibliothèques : {}", "Libraries: {}") \
    X(AboutRenderer, "Rendu : {}", "Renderer: {}") \
    X(LibraryVersions, "GDAL {} · PROJ {} · Dear ImGui {} · GLFW {}", "GDAL {} · PROJ {} · Dear ImGui {} · GLFW {}") \
    X(RendererVersion, "{} · OpenGL {}", "{} · OpenGL {}") \
    X(UnitMinutes, "{} min", "{} min") \
    X(NotPublished, "non publié", "not published") \
    X(PovertyPublishedForFew, "Taux de pauvreté : non publié pour le département et la région (secret statistique) ; l'INSEE le publie pour {} des {} communes du département.", \
      "Poverty rate: not published for the département and the region (statistical secrecy); INSEE publishes it for {} of the département's {} communes.") \
    /* status bar */ \
    X(CursorPosition, "{}° E  {}° N", "{}° E  {}° N") \
    X(ScaleRatio, "1:{}", "1:{}") \
    X(Loading, "Chargement…", "Loading…") \
    X(LoadingWhat, "Chargement… {}", "Loading… {}") \
    X(LoadingTerritory, "territoire", "territory") \
    X(LoadFailedWhy, "Échec du chargement : {}", "Failed to load: {}") \
    X(HelpLine, "Glisser : déplacer · Molette ou +/− : zoomer · Double-clic : zoomer ici · Origine : tout le territoire · Clic : fiche de la commune · F11 : plein écran", \
                "Drag: pan · Wheel or +/−: zoom · Double-click: zoom here · Home: whole territory · Click: details · F11: full screen") \
    /* messages of the window */ \
    X(Exported, "Image enregistrée : {}", "Image saved: {}") \
    X(ExportFailed, "Export impossible : {}", "Export failed: {}") \
    X(RowsSaved, "{} lignes enregistrées : {}", "{} rows saved: {}") \
    X(ReadingLayer, "Lecture de {}…", "Reading {}…") \
    X(LayerAdded, "Couche ajoutée : {}", "Layer added: {}") \
    X(LayerNotAdded, "Couche non ajoutée : {}", "Layer not added: {}") \
    X(ListingMoved, "Annonce déplacée : {}", "Listing moved: {}") \
    X(ListingSaved, "Enregistré : {}", "Saved: {}") \
    X(ListingDeleted, "Supprimé : {} (Ctrl+Z pour annuler)", "Deleted: {} (Ctrl+Z to undo)") \
    X(NothingToUndo, "rien à annuler", "nothing to undo") \
    X(SettingsNotSaved, "Réglages non enregistrés : {}", "Settings not saved: {}") \
    X(Undone, "Annulé : {}", "Undone: {}") \
    X(ListingsReloaded, "Annonces rechargées depuis {}", "Listings reloaded from {}") \
    X(UndoInsert, "l'ajout de « {} »", "adding “{}”") \
    X(UndoUpdate, "la modification de « {} »", "the change to “{}”") \
    X(UndoDelete, "la suppression de « {} »", "deleting “{}”") \
    /* search */ \
    X(SearchHint, "Commune, hôpital… (ex. romorantin)", "Town, hospital… (e.g. romorantin)") \
    X(NoResult, "Aucun résultat", "No result") \
    X(KindCommune, "commune", "commune") \
    X(KindHospital, "hôpital", "hospital") \
    X(KindListing, "annonce", "listing") \
    X(KindCanton, "canton", "canton") \
    X(KindDepartement, "département", "département") \
    X(KindFeature, "élément", "feature") \
    /* layers and details */ \
    X(Opacity, "Opacité", "Opacity") \
    X(Zoom, "Zoom", "Zoom") \
    X(Close, "Fermer", "Close") \
    X(NoData, "pas de données", "no data") \
    X(OtherValues, "autres", "others") \
    X(AllValues, "toutes valeurs", "all values") \
    X(ClassBelow, "< {}", "< {}") \
    X(ClassAtLeast, "≥ {}", "≥ {}") \
    X(ClassBetween, "{} – {}", "{} – {}") \
    X(LabelValue, "{} : {}", "{}: {}") \
    X(NameAndCode, "{} ({})", "{} ({})") \
    X(DemoNotReal, "exemple (pas une offre réelle)", "example (not a real offer)") \
    X(TooltipZoning, "Zonage médecins : {} (indicatif)", "Doctors' zoning: {} (indicative)") \
    X(FieldName, "Nom", "Name") \
    X(FieldInseeCode, "Code INSEE", "INSEE code") \
    X(FieldCode, "Code", "Code") \
    X(FieldDepartement, "Département", "Département") \
    X(FieldPopulation, "Population (2023)", "Population (2023)") \
    X(FieldPostcodes, "Codes postaux", "Postcodes") \
    X(FieldEpci, "Intercommunalité", "Intercommunality (EPCI)") \
    X(FieldEstablishment, "Établissement", "Establishment") \
    X(FieldSite, "Site", "Site") \
    X(FieldFinessCategory, "Catégorie FINESS", "FINESS category") \
    X(FieldFiness, "N° FINESS", "FINESS number") \
    X(FieldTown, "Commune", "Town") \
    X(FieldStreet, "Rue", "Street") \
    X(FieldPostcode, "Code postal", "Postcode") \
    X(FieldStatus, "Statut", "Status") \
    X(FieldPhone, "Téléphone", "Telephone") \
    X(FieldCodes2018, "Codes 2018", "2018 codes") \
    /* export and add-layer panels */ \
    X(ExportTitle, "Exporter la vue en image (PNG)", "Export the view as an image (PNG)") \
    X(Width, "Largeur (px)", "Width (px)") \
    X(Height, "Hauteur (px)", "Height (px)") \
    X(Density, "Densité", "Density") \
    X(TimesN, "{}×", "{}×") \
    X(MapTitle, "Titre", "Title") \
    X(FileName, "Fichier", "File") \
    X(PixelSize, "{} × {} px", "{} × {} px") \
    X(Export, "Exporter", "Export") \
    X(AddLayerTitle, "Ajouter une couche", "Add a layer") \
    X(AddLayerHelp, "Tout fichier que GDAL lit (GeoPackage, GeoJSON, Shapefile, CSV avec lon/lat, FlatGeobuf…) ou une base PostGIS (PG:service=NOM). Vous pouvez aussi déposer un fichier sur la carte.", \
                    "Any file GDAL reads (GeoPackage, GeoJSON, Shapefile, CSV with lon/lat, FlatGeobuf…) or a PostGIS base (PG:service=NAME). You can also drop a file on the map.") \
    X(AddLayerHint, "/chemin/vers/fichier.gpkg", "/path/to/file.gpkg") \
    X(Add, "Ajouter", "Add") \
    /* sources panel */ \
    X(SourcesTitle, "Sources des données", "Data sources") \
    X(SourcesIntro, "Couches affichées et origine de leurs données. Les fiches « exemple » sont des démonstrations, jamais des offres réelles.", \
                    "The layers shown and where their data come from. Records marked “example” are demonstrations, never real offers.") \
    X(AddedFile, "Fichier ajouté : {}", "Added file: {}") \
    X(DataPackHeading, "Données publiques embarquées (data/public-data.gpkg)", "Public data shipped with the map (data/public-data.gpkg)") \
    X(DataPackNote, "Copiées sans modification des jeux ouverts ci-dessous (Licence Ouverte : citer la source).", \
                    "Copied unchanged from the open data sets below (Licence Ouverte: cite the source).") \
    X(SourcesLine, "Sources : ", "Sources: ") \
    X(LegendCollapsed, "Légende +", "Legend +") \
    X(HatchedOver, "{} (hachures)", "{} (hatching)") \
    X(SamePlace, "{} au même endroit", "{} at the same place") \
    /* finder panel */ \
    X(FinderTitle, "Trouver une installation", "Find where to practise") \
    X(IAm, "Je suis…", "I am…") \
    /* Mon stage (the student's journey) */ \
    X(InstallTab, "Je m'installe", "Settling") \
    X(StageTab, "Mon stage", "My placement") \
    X(StageHere, "Mon stage est ici", "My placement is here") \
    X(StageNoSite, \
      "Où est le stage ? « Mon stage est ici » sur la fiche d'une commune, d'un hôpital ou d'un terrain de stage, " \
      "ou touchez la carte.", \
      "Where is the placement? 'My placement is here' on the sheet of a commune, a hospital or an internship site, " \
      "or touch the map.") \
    X(StagePickOnMap, "Toucher la carte", "Touch the map") \
    X(StageHospitalHint, "Hôpital, clinique (toute la France)…", "Hospital, clinic (all of France)…") \
    X(StageHome, "Domicile (code INSEE)", "Home (INSEE code)") \
    X(StageHomeHint, "ex. 41018", "e.g. 41018") \
    X(StageHomeUnknown, "code de commune inconnu", "unknown commune code") \
    X(StagePickHint, "Touchez la carte à l'endroit du stage.", "Touch the map where the placement is.") \
    X(StageSiteIs, "Stage : {} ({})", "Placement: {} ({})") \
    X(LevelExterne, "Externe (2e cycle)", "Externe (2nd cycle)") \
    X(LevelInterne, "Interne (3e cycle)", "Intern (3rd cycle)") \
    X(LevelParamedical, "Paramédical", "Paramedical") \
    X(StageMonths, "%d mois", "%d months") \
    X(StageFaculty, "Faculté", "Faculty") \
    X(FacultyNone, "non indiquée", "not given") \
    X(FacultyHeadOffice, "{} (siège de l'université)", "{} (university head office)") \
    X(StageFilters, "Logements : filtres", "Housing: filters") \
    X(MaxMinutes, "Temps max", "Max time") \
    X(MaxMinutesFormat, "%d min", "%d min") \
    X(MaxRent, "Loyer max", "Max rent") \
    X(MaxRentFormat, "%d €", "%d €") \
    X(NoLimit, "sans limite", "no limit") \
    X(AnySemester, "Tous les semestres", "Any semester") \
    X(FurnishedOnly, "Meublé seulement", "Furnished only") \
    X(StageHousing, "Logements ({})", "Housing ({})") \
    X(StageNoHousing, "Aucun logement ne répond à ces filtres.", "No housing meets these filters.") \
    X(StageRent, "{}–{} €/mois", "€{}–{}/month") \
    X(StageNoRent, "loyer non indiqué", "rent not given") \
    X(StageAllowances, "Aides pour ce stage", "Allowances for this placement") \
    X(StageNearby, "À moins de 30 min ({})", "Within 30 min ({})") \
    X(StageCircles, \
      "Cercles : 10, 20 et 30 min estimées, soit 6,4, 12,8 et 19,2 km à vol d'oiseau (pas un itinéraire).", \
      "Circles: 10, 20 and 30 estimated minutes, i.e. 6.4, 12.8 and 19.2 km as the crow flies (not a route).") \
    X(JourneyCirclesLegend, "Cercles de {} min estimées : {} km à vol d'oiseau", \
      "Circles of {} estimated min: {} km as the crow flies") \
    X(JourneyHousingLegend, "Logements, par temps estimé", "Housing, by estimated time") \
    X(JourneySiteLegend, "Lieu du stage", "Placement") \
    X(JourneyLineLegend, "Vers le logement choisi", "To the housing chosen") \
    X(JourneyEstimateNote, "Temps estimés : distance à vol d'oiseau × 1,3 à 50 km/h, pas un itinéraire", \
      "Estimated times: straight-line distance × 1.3 at 50 km/h, not a route") \
    X(AplOfYear, "APL médecins généralistes {}", "GP accessibility (APL) {}") \
    X(AplChange, "Évolution de l'APL {} → {} (consultations/an/hab.)", "APL change {} → {} (consultations/year/inhabitant)") \
    X(AplSince, "Évolution depuis", "Change since") \
    X(CompareButton, "Comparer", "Compare") \
    X(CompareTitle, "Comparer des communes", "Compare communes") \
    X(CompareHint, "Ajoutez d'autres communes avec « Comparer » sur leur fiche (jusqu'à 4).", \
      "Add other communes with 'Compare' on their sheet (up to 4).") \
    X(CompareRemove, "Retirer", "Remove") \
    X(CompareAddEpci, "+ intercommunalité", "+ EPCI") \
    X(CompareEpciOf, "intercommunalité, {} communes (moyennes pondérées par la population)", \
      "EPCI, {} communes (population-weighted means)") \
    X(CompareZone, "Zonage médecins", "Doctors' zoning") \
    X(CompareAids, "Aides pour mon profil (total maximal)", "Aids for my profile (maximum total)") \
    X(CompareTrends, "APL 2015 → 2023 (pas d'édition 2020)", "APL 2015 → 2023 (no 2020 edition)") \
    X(CompareNote, "Département et région : ceux de la première colonne. Source : DREES, INSEE, RPPS.", \
      "Département and region: those of the first column. Sources: DREES, INSEE, RPPS.") \
    /* The accessibility lab (planners) */ \
    X(AccessViewChange, "Variation simulée", "Simulated change") \
    X(AccessViewBefore, "Modèle SantéMap, avant", "SantéMap model, before") \
    X(AccessViewAfter, "Modèle SantéMap, après", "SantéMap model, after") \
    X(AccessViewEstimate, "APL officiel + variation", "Official APL + change") \
    X(AccessLegendTitle, "{} (simulation, modèle SantéMap)", "{} (simulation, SantéMap model)") \
    X(LabTab, "Simulation", "What-if") \
    X(LabIntro, \
      "Simulation, modèle SantéMap : un calcul d'accessibilité (2SFCA) calé sur l'APL de la DREES, pas l'APL officiel.", \
      "Simulation, SantéMap model: an accessibility computation (2SFCA) calibrated on the DREES APL, not the official APL.") \
    X(LabSpecialtyNote, \
      "Spécialistes connus en 41 et 45 seulement : praticiens accessibles pour 100 000 habitants, communes de 41 et 45, " \
      "sans comparaison avec un chiffre officiel.", \
      "Specialists are known in 41 and 45 only: practitioners reached per 100,000 inhabitants, communes of 41 and 45, " \
      "never compared with an official figure.") \
    X(LabShow, "Afficher", "Show") \
    X(LabTapCommune, "Touchez une commune sur la carte pour y ajouter ou retirer des praticiens.", \
      "Touch a commune on the map to add or remove practitioners there.") \
    X(LabCommune, "{} : {} praticiens, {} dans le scénario", "{}: {} practitioners, {} in the scenario") \
    X(LabRetireAll, "Tous partent", "All leave") \
    X(LabOpenPractice, "Ouvrir une maison de santé", "Open a maison de santé") \
    X(LabPracticeSize, "avec %d praticiens", "with %d practitioners") \
    X(LabScenario, "Changements du scénario : {}", "Changes in the scenario: {}") \
    X(LabScenarioName, "Nom du scénario", "Scenario name") \
    X(LabUndo, "Annuler le dernier", "Undo the last") \
    X(LabClear, "Tout effacer", "Clear all") \
    X(LabFile, "Fichier du scénario", "Scenario file") \
    X(LabSave, "Enregistrer", "Save") \
    X(LabLoad, "Charger", "Load") \
    X(LabSaved, "Scénario enregistré : {}", "Scenario saved: {}") \
    X(LabUnknownCommune, "{} : code de commune inconnu « {} »", "{}: unknown commune code '{}'") \
    X(LabLoaded, "Scénario « {} » chargé : {} changements", "Scenario '{}' loaded: {} changes") \
    X(LabZoneChanges, "Communes dont la zone indicative change ({})", "Communes whose indicative zone changes ({})") \
    X(LabZoneChange, "{} ({} hab.) : {} → {}", "{} ({} inhabitants): {} → {}") \
    X(LabAidGained, "+ {}", "+ {}") \
    X(LabAidLost, "− {}", "− {}") \
    X(LabNoZoneChange, "Aucune commune ne change de zone.", "No commune changes zone.") \
    X(LabExportMap, "Carte (PNG)…", "Map (PNG)…") \
    X(LabExportTable, "Tableau (CSV, GeoJSON)", "Table (CSV, GeoJSON)") \
    X(LabExported, "Écrits : {} et {}", "Written: {} and {}") \
    X(LabMapTitle, "Simulation, modèle SantéMap : {}", "Simulation, SantéMap model: {}") \
    X(LabParameters, "Paramètres du modèle", "Model parameters") \
    X(LabDetour, "détour × %.2f", "detour × %.2f") \
    X(LabSpeed, "%.0f km/h", "%.0f km/h") \
    X(LabBands, "Poids par tranche de minutes (fin:poids)", "Weight per band of minutes (end:weight)") \
    X(LabApply, "Appliquer", "Apply") \
    X(LabDefaults, "Paramètres par défaut", "Default parameters") \
    X(LabBandsNote, "Tranches : hypothèses (la DREES dit seulement que le poids décroît entre 0 et 20 min).", \
      "Bands: assumptions (the DREES says only that its weight decreases between 0 and 20 min).") \
    X(LabCalibration, "C = {} consultations par médecin et par an (calé sur la moyenne DREES 2023)", \
      "C = {} consultations per GP per year (set on the DREES 2023 mean)") \
    X(LabValidation, \
      "ρ de Spearman avec l'APL 2023 : {} (41 et 45), {} (région 24). Lignes droites et effectifs, pas routes ni consultations.", \
      "Spearman's ρ with the APL 2023: {} (41 and 45), {} (region 24). Straight lines and head counts, not roads or consultations.") \
    X(LabScatter, "Modèle (vertical) contre APL DREES 2023 (horizontal), communes de 41 et 45", \
      "Model (vertical) against DREES APL 2023 (horizontal), communes of 41 and 45") \
    X(TimeBand10, "≤ 10 min", "≤ 10 min") \
    X(TimeBand20, "10–20 min", "10–20 min") \
    X(TimeBand30, "20–30 min", "20–30 min") \
    X(TimeBandMore, "> 30 min", "> 30 min") \
    X(OtherSpecialty, "Autre spécialité médicale…", "Other medical specialty…") \
    X(EveryProfession, "Toutes les professions", "Every profession") \
    X(CompareProfessions, "Comparer plusieurs professions", "Compare several professions") \
    X(StudentIntern, "Étudiant·e, interne", "Student, intern") \
    X(SettingUp, "Je m'installe", "Setting up practice") \
    X(FirstInstallation, "Première installation", "First installation") \
    X(ColourCommunesBy, "Colorer les communes selon", "Colour the communes by") \
    X(NoIndicator, "Départements (aucun indicateur)", "Départements (no indicator)") \
    X(AidsForMyProfile, "Aides disponibles pour mon profil", "Aids available for my profile") \
    X(AidsIndicatorNote, "Total maximal des aides (hors prêts) pour le profil choisi, zonage médecins indicatif. Les aides dont le zonage de la profession n'est pas connu ne sont pas comptées.", \
                         "The most the aids pay (loans aside) for the chosen profile, with the indicative doctors' zoning. Aids whose zoning for the profession is not known are not counted.") \
    X(AidsTitleStudent, "Aides disponibles, {} (étudiant·e)", "Aids available, {} (student)") \
    X(AidsTitleInstalling, "Aides disponibles, {} (installation)", "Aids available, {} (setting up)") \
    X(AidsNone, "aucune", "none") \
    X(AidsUnder10k, "moins de 10 000 €", "under €10,000") \
    X(Aids10kTo25k, "10 000 à 25 000 €", "€10,000 to €25,000") \
    X(Aids25kTo50k, "25 000 à 50 000 €", "€25,000 to €50,000") \
    X(Aids50kAndMore, "50 000 € et plus", "€50,000 and more") \
    X(Listings, "Annonces", "Listings") \
    X(CategoryCount, "{} ({})", "{} ({})") \
    X(CategoryOpportunity, "Opportunités d'installation", "Practice opportunities") \
    X(CategoryStructure, "Maisons et centres de santé", "Health centres (MSP)") \
    X(CategoryHousing, "Logements étudiants et internes", "Student and intern housing") \
    X(CategoryInternship, "Terrains de stage", "Internship sites") \
    X(CategoryUnknown, "Autre annonce", "Other listing") \
    X(Examples, "exemples", "examples") \
    X(SomeExamples, "dont exemples", "some examples") \
    X(ExportCsvHeading, "Exporter (CSV pour tableur)", "Export (CSV for spreadsheets)") \
    X(ListingsShown, "Annonces affichées", "Listings shown") \
    X(CommuneTable, "Tableau des communes", "Commune table") \
    /* sheets */ \
    X(Euros, "{} €", "€{}") \
    X(Metres, "{} m", "{} m") \
    X(Kilometres, "{} km", "{} km") \
    X(DemoBadge, "EXEMPLE", "EXAMPLE") \
    X(DemoBadgeTooltip, "Fiche de démonstration construite à partir des documents des Départements : pas une offre réelle.", \
                        "A demonstration record built from the Départements' documents: not a real offer.") \
    X(DoctorsZoning, "Zonage médecins", "Doctors' zoning") \
    X(ProfessionZoning, "Zonage {}", "Zoning for {}") \
    X(ZoneUnavailable, "{} : non disponible (zonage de la profession non chargé)", "{}: not available (the profession's zoning is not loaded)") \
    X(IndicativeZoning, "indicatif, calculé à partir de l'APL", "indicative, computed from the APL") \
    X(OfficialZoningLoaded, "zonage officiel chargé", "official zoning loaded") \
    X(ZoneZip, "Zone d'intervention prioritaire (ZIP)", "Priority intervention area (ZIP)") \
    X(ZoneZac, "Zone d'action complémentaire (ZAC)", "Complementary action area (ZAC)") \
    X(ZoneOutside, "Hors zonage", "Outside the zoning") \
    X(ZoneVigilance, "Zone de vigilance (ZV, historique)", "Vigilance area (ZV, historical)") \
    X(Aids, "Aides", "Aids") \
    X(ProfileStudent, "{}, étudiant·e", "{}, student") \
    X(ProfilePlacement, \
      "{}, stage de {} mois, {} : aides d'un stage ici", \
      "{}, {}-month placement, {}: aids for a placement here") \
    X(ProfileInstallation, "{}, installation", "{}, setting up") \
    X(ProfileFirstInstallation, "{}, installation (première)", "{}, setting up (first time)") \
    X(NoAidHere, "Aucune aide connue pour ce profil ici.", "No aid known for this profile here.") \
    X(ConfidenceSeed, " · source : dossier de presse", " · source: press kit") \
    X(ConfidencePartial, " · à confirmer", " · to be confirmed") \
    X(LoanOf, "prêt {}", "loan {}") \
    X(InKind, "en nature", "in kind") \
    X(DependsOnDuration, "selon durée", "depends on duration") \
    X(ZoneToConfirmAmount, "(zone ?) {}", "(zone?) {}") \
    X(MaximumTotal, "Total maximal : {}", "Maximum total: {}") \
    X(MaximumTotalZoneToConfirm, \
      "Total maximal : {}, sans les aides à confirmer", \
      "Maximum total: {}, without the aids to be confirmed") \
    X(ToConfirmAmount, "(à confirmer) {}", "(to be confirmed) {}") \
    X(AidsFootnote, "Montants maximaux ; prêts et aides en nature non comptés.", "Maximum amounts; loans and help in kind not counted.") \
    X(KeyFigures, "Chiffres clés", "Key figures") \
    X(ColumnCommune, "Commune", "Commune") \
    X(ColumnDepartement, "Départ.", "Dépt") \
    X(ColumnRegion, "Région", "Region") \
    X(DepartementAndRegion, "département {} · région {}", "département {} · region {}") \
    X(FigurePopulation, "Population", "Population") \
    X(FigureApl, "APL médecins généralistes 2023", "GP accessibility (APL) 2023") \
    X(FigureGpDensity, "Généralistes pour 10\u00a0000 hab.", "GPs per 10,000 inhabitants") \
    X(FigureEmergency, "Accès aux urgences", "Access to emergency care") \
    X(FigureAged75, "Part des 75 ans et plus", "Share aged 75 and over") \
    X(FigurePoverty, "Taux de pauvreté (2018)", "Poverty rate (2018)") \
    X(FigureModel, "Accessibilité calculée (modèle SantéMap)", "Computed accessibility (SantéMap model)") \
    X(FigureModelAfter, "Calculée après le scénario (simulation)", "Computed after the scenario (what-if)") \
    X(FigureEstimateAfter, "APL officiel + variation (simulation)", "Official APL + change (what-if)") \
    X(AtlasTitle, "Atlas de l'accès aux soins", "Healthcare access atlas") \
    X(AtlasZoning, "Zonage", "Zoning") \
    X(AtlasDashNote, "— : pas de données (ou publiée pour trop peu de communes).", "— : no data (or published for too few communes).") \
    X(AtlasPageOf, "Page {} / {}", "Page {} of {}") \
    X(AtlasMapLegend, "APL médecins généralistes 2023 (DREES)", "GP accessibility (APL) 2023 (DREES)") \
    X(AtlasMapNoData, "pas de données", "no data") \
    X(AtlasTrendTitle, "APL médecins généralistes 2015 → 2023", "GP accessibility (APL) 2015 → 2023") \
    X(AtlasNoTrend, "Pas de série APL publiée pour cette commune.", "No APL series published for this commune.") \
    X(AtlasZoneAfter, "Zone indicative après le scénario : {}", "Indicative zone after the scenario: {}") \
    X(AtlasAidsChange, "Aides qui changent pour un médecin généraliste :", "Aids that change for a GP:") \
    X(AtlasNoZone, "aucune (pas d'APL publié)", "none (no APL published)") \
    X(AtlasModelNote, \
      "Modèle SantéMap (2SFCA, médecins généralistes, toutes les communes de métropole) : distance à vol d'oiseau × {} à {} km/h, poids par tranche {} ; C = {} consultations par médecin et par an, calé sur la moyenne DREES 2023 ; ρ de Spearman avec l'APL DREES 2023 : {} (41 et 45). Lignes droites et effectifs, pas routes et consultations : ce n'est pas l'APL officiel.", \
      "SantéMap model (2SFCA, GPs, every commune of metropolitan France): straight-line distance × {} at {} km/h, band weights {}; C = {} consultations per GP per year, calibrated on the DREES 2023 mean; Spearman's ρ with the DREES APL 2023: {} (41 and 45). Straight lines and head counts, not roads and consultations: this is not the official APL.") \
    X(AtlasPrint, "Imprimer l'atlas", "Print the atlas") \
    X(AtlasPrintHint, "Un PDF A4, une page par commune, dans le dossier des fiches.", \
      "An A4 PDF, one page per commune, in the sheets folder.") \
    X(AtlasSaved, "Atlas enregistré : {} ({} pages)", "Atlas saved: {} ({} pages)") \
    X(AtlasNothingToPrint, "Aucune commune à imprimer.", "No commune to print.") \
    X(AtlasFailed, "Atlas non écrit : {}", "Atlas not written: {}") \
    X(AplTrend, "APL {} → {} : {} → {}", "APL {} → {}: {} → {}") \
    X(AplTrendNote, "Pas d'édition 2020. Source : DREES.", "No 2020 edition. Source: DREES.") \
    X(NearbyStraightLine, "À proximité (temps en voiture estimé)", "Nearby (estimated driving time)") \
    X(MspOfCommune, "Maison de santé de {} (FINESS, centre de la commune)", "Maison de santé of {} (FINESS, commune centre)") \
    X(EstimatedMinutes, "≈\u00a0{}\u00a0min (estimé)", "≈\u00a0{}\u00a0min (estimated)") /* never cut */ \
    X(DistanceAndTime, "{}, {}", "{}, {}") \
    X(NoHousingNearby, "Aucun logement référencé à moins de 40 km.", "No housing listed within 40 km.") \
    X(PlaceDistance, "{} — {}", "{} — {}") \
    X(PlaceWhereDistance, "{} ({}) — {}", "{} ({}) — {}") \
    X(ExampleSuffix, " (exemple)", " (example)") \
    X(Example, "exemple", "example") \
    X(ListingsInCommune, "Annonces dans la commune", "Listings in this commune") \
    X(CommuneWithoutIndicators, "Commune hors des données d'indicateurs.", "This commune is not in the indicator data.") \
    X(CommuneAndDepartement, "Commune {} · département {}", "Commune {} · département {}") \
    X(ForWhom, "Pour : {}", "For: {}") \
    X(SheetMadeOn, "Fiche éditée le {} · SantéMap {}", "Sheet made on {} · SantéMap {}") \
    X(SheetMapCaption, "La commune (contour orange), ses voisines, hôpitaux, maisons de santé et logements ; 18 km de côté.", \
      "The commune (orange outline), its neighbours, hospitals, maisons de santé and housing; 18 km across.") \
    X(SheetNoPublicContact, "Aucun contact publié par la source : adressez-vous à l'agence.", \
      "No contact published by the source: ask the agency.") \
    X(SheetScanToContact, "Scannez pour contacter (fonctionne hors ligne).", "Scan to get in touch (works offline).") \
    X(TakeAwayButton, "Emporter cette fiche", "Take this sheet away") \
    X(KioskStillThere, "Vous êtes toujours là ?", "Are you still there?") \
    X(KioskTourIn, "La visite guidée démarre dans {} s.", "The guided tour starts in {} s.") \
    X(KioskYes, "Oui, je continue", "Yes, I'm here") \
    X(KioskTouchToStart, "Touchez l'écran pour commencer", "Touch the screen to start") \
    X(KioskLeaveTitle, "Quitter le mode borne", "Leave kiosk mode") \
    X(KioskLeaveConfirm, "Réservé à l'équipe : quitter le mode borne ?", "Staff only: leave kiosk mode?") \
    X(KioskLeaveButton, "Quitter le mode borne", "Leave kiosk mode") \
    X(KioskPinPrompt, "Code de l'équipe :", "Staff code:") \
    X(KioskPinWrong, "Code incorrect", "Wrong code") \
    X(KioskMode, "Mode borne (salon)", "Kiosk mode (booth)") \
    X(KioskSetPin, "Code pour quitter le mode borne", "Code to leave kiosk mode") \
    X(KioskPinSaved, "Code enregistré", "Code saved") \
    X(PrintFailed, "Impression impossible sur {} (lp)", "Could not print on {} (lp)") \
    X(KioskNoTour, "mode borne impossible : pas de tours/default.json dans les données", "kiosk mode unavailable: no tours/default.json in the data") \
    X(TakeAwaySaved, "Fiche enregistrée : {} et {}", "Sheet saved: {} and {}") \
    X(TakeAwayFailed, "Fiche non enregistrée : {}", "Sheet not saved: {}") \
    X(AtCommuneCentre, "placé au centre de la commune (adresse non saisie)", "placed at the commune's centre (no address entered)") \
    X(FromDate, "À partir du {}", "From {}") \
    X(Capacity, "Capacité", "Capacity") \
    X(Rent, "Loyer", "Rent") \
    X(RentRange, "Loyer : {} à {} par mois", "Rent: {} to {} a month") \
    X(RentOne, "Loyer : {} par mois", "Rent: {} a month") \
    X(Yes, "oui", "yes") \
    X(No, "non", "no") \
    X(Unknown, "?", "?") \
    X(Furnished, "Meublé", "Furnished") \
    X(VehicleLent, "Véhicule prêté", "Car lent") \
    X(Semesters, "Semestres", "Semesters") \
    X(Service, "Service", "Department") \
    X(Supervisor, "Maître de stage", "Supervisor") \
    X(Contact, "Contact", "Contact") \
    X(ContactNotPublic, "Contact (non public)", "Contact (not public)") \
    X(SourceIs, "Source : {}", "Source: {}") \
    X(EditThisListing, "Modifier cette annonce", "Edit this listing") \
    /* édition panel */ \
    X(EditTitle, "Édition des annonces", "Editing listings") \
    X(StoreIs, "Base : {}", "Store: {}") \
    X(NewListing, "Nouvelle annonce", "New listing") \
    X(Reload, "Recharger", "Reload") \
    X(ReloadTooltip, "Voir les modifications enregistrées par les autres postes", "See the changes other workstations saved") \
    X(UndoButton, "Annuler (Ctrl+Z)", "Undo (Ctrl+Z)") \
    X(ClickToPlace, "Cliquez sur la carte pour placer l'annonce.", "Click on the map to place the listing.") \
    X(DragToMove, "Glisser une annonce sur la carte la déplace.", "Dragging a listing on the map moves it.") \
    X(ListingNumber, "Annonce n° {} (version {})", "Listing no. {} (version {})") \
    X(Category, "Catégorie", "Category") \
    X(Kind, "Type", "Kind") \
    X(Title, "Titre", "Title") \
    X(Professions, "Professions", "Professions") \
    X(AllProfessions, "toutes", "all") \
    X(CommuneHowToChoose, "Commune : cliquez sur la carte, ou choisissez-la ci-dessous", "Commune: click on the map, or choose it below") \
    X(CommuneIs, "Commune : {} ({})", "Commune: {} ({})") \
    X(CommuneAtCentre, "Commune : {} ({}) — centre de la commune", "Commune: {} ({}) — at the commune's centre") \
    X(ChooseCommune, "Choisir une commune…", "Choose a commune…") \
    X(StartDate, "Début", "Start") \
    X(DateHint, "AAAA-MM-JJ", "YYYY-MM-DD") \
    X(Description, "Description", "Description") \
    X(Telephone, "Téléphone", "Telephone") \
    X(Email, "Courriel", "E-mail") \
    X(ContactIsPublic, "Contact visible du public et dans les exports", "Contact shown to the public and in exports") \
    X(Places, "Places", "Places") \
    X(RentMin, "Loyer min (€/mois)", "Minimum rent (€/month)") \
    X(RentMax, "Loyer max (€/mois)", "Maximum rent (€/month)") \
    X(SemestersHint, "2026-S1|2026-S2", "2026-S1|2026-S2") \
    X(DemoRecord, "Fiche d'exemple (démonstration)", "Example record (demonstration)") \
    X(CommuneNotChosen, "la commune n'est pas choisie", "no commune chosen") \
    X(Save, "Enregistrer", "Save") \
    X(CloseForm, "Fermer le formulaire", "Close the form") \
    X(DeleteEllipsis, "Supprimer…", "Delete…") \
    X(DeleteQuestion, "Supprimer « {} » ?", "Delete “{}”?") \
    X(DeleteCanUndo, "Vous pourrez annuler avec Ctrl+Z.", "You can undo with Ctrl+Z.") \
    X(Delete, "Supprimer", "Delete") \
    X(Keep, "Garder", "Keep") \
    /* listing problems (édition form, import reports) */ \
    X(ProblemCategory, "catégorie inconnue « {} » (opportunite, structure, logement, stage)", "unknown category “{}” (opportunite, structure, logement, stage)") \
    X(ProblemOpportunityKind, "type d'opportunité inconnu « {} » (cabinet-vacant, msp-recrute, remplacement, association, cession)", \
                              "unknown kind of opportunity “{}” (cabinet-vacant, msp-recrute, remplacement, association, cession)") \
    X(ProblemStructureKind, "type de structure inconnu « {} » (msp, centre-sante)", "unknown kind of structure “{}” (msp, centre-sante)") \
    X(ProblemHousingKind, "type de logement inconnu « {} » (logement-etudiant, logement-interne)", "unknown kind of housing “{}” (logement-etudiant, logement-interne)") \
    X(ProblemNoTitle, "le titre est vide", "the title is empty") \
    X(ProblemPosition, "position hors des coordonnées WGS 84 (longitude, latitude en degrés)", "position outside WGS 84 coordinates (longitude, latitude in degrees)") \
    X(ProblemStartDate, "date de début « {} » : format attendu AAAA-MM-JJ", "start date “{}”: expected YYYY-MM-DD") \
    X(ProblemCapacity, "capacité négative", "negative capacity") \
    X(ProblemRent, "loyer négatif ou invalide", "negative or invalid rent") \
    X(ProblemRentOrder, "loyer minimum supérieur au maximum", "minimum rent above the maximum") \
    X(ProblemSemesters, \
      "semestres « {} » : écrire 2026-S1 (novembre 2026 – avril 2027) ou 2026-S2 (mai – octobre 2027)", \
      "semesters '{}': write 2026-S1 (November 2026 – April 2027) or 2026-S2 (May – October 2027)") \
    X(SemestersNote, "Semestres (texte d'origine) : {}", "Semesters (original text): {}") \
    X(ProblemEmail, "adresse électronique sans « @ »", "e-mail address without “@”")
// clang-format on
