// Phrases shared by all trades and forms: sentence frames of PES descriptions, name parts,
// addresses, and the procedural language of tender notices.
#include "synth/phrases.hpp"

namespace pesmatch::synth {

const CommonText& common_text() {
  static const CommonText text{
      // openings_we
      {"Jesteśmy {form_inst} {from}.", "Jesteśmy {form_inst} {from}, działamy od {year} r.",
       "Od {year} r. [działamy|prowadzimy działalność] {place}.", "[Działamy|Funkcjonujemy] od {year} roku[, głównie|] {place}.",
       "Jesteśmy podmiotem ekonomii społecznej {from} i od {year} r. [dajemy pracę|pomagamy] osobom [zagrożonym wykluczeniem społecznym|z niepełnosprawnościami|długotrwale bezrobotnym].",
       "[Od|Już od] {year} r. [pomagamy|dajemy pracę] osobom [zagrożonym wykluczeniem społecznym|z niepełnosprawnościami|długotrwale bezrobotnym] {place}.",
       "{name} to [nasza wspólna inicjatywa|miejsce pracy dla osób, którym trudno znaleźć zatrudnienie|{form_nom} {from}].",
       "Jesteśmy {form_inst} {from} – [działamy od {year} r.|istniejemy od {year} roku]."},
      // openings_it
      {"{name} działa od {year} r. {place}.", "{name} powstał~ w {year} r.[ z inicjatywy {founder}|].", "{name} to {form_nom} {from}.",
       "{name} prowadzi działalność {place} od {year} r.", "{name} powstał~ w {year} r. i działa {place}.",
       "Od {year} r. {name} [działa|prowadzi działalność] {place}."},
      // missions
      {"aktywizacja zawodowa osób zagrożonych wykluczeniem społecznym", "integracja społeczna i zawodowa osób z niepełnosprawnościami",
       "tworzenie miejsc pracy dla osób długotrwale bezrobotnych", "wsparcie seniorów i ich rodzin", "rozwój lokalnej społeczności",
       "przeciwdziałanie wykluczeniu społecznemu", "reintegracja zawodowa i społeczna członków", "wyrównywanie szans dzieci i młodzieży z terenów wiejskich",
       "poprawa jakości życia mieszkańców gminy {gmina}"},
      // service_sentences
      {"{S}{act}.", "{S}{act}[, a także| oraz| i] {act2}.", "[Przede wszystkim|Głównie|Na co dzień] {S}{act}.",
       "{S}[świadczy^|oferuje^|realizuje^] usługi w zakresie: {tags}.", "{S}[oferuje^|zapewnia^|proponuje^] {offers}.",
       "{S}zajmuje^ się [głównie |przede wszystkim |m.in. |]{tags_inst}.", "W ofercie: {tags}.", "Oferta obejmuje [m.in. |]{offers}.",
       "Główne obszary działalności to {tags}.", "[Nasza specjalność to|Specjalność:] {tag}.", "Oprócz tego {S}{act}."},
      // client_sentences
      {"{S}[pracuje^|realizuje^ zlecenia|świadczy^ usługi] [m.in. |głównie |]{client}[ i {client2}|].",
       "[Usługi|Zlecenia] {S}realizuje^ {client}[ {place}|].",
       "{S}[współpracuje^ z samorządami|ma^ stałych klientów], pracuje^ [też|również] {client}."},
      // place_sentences
      {"{S}[działa^|pracuje^] {place}[ i w gminach sąsiednich| oraz w powiatach ościennych|].",
       "Zlecenia {S}[przyjmuje^|realizuje^] {place}[, a po uzgodnieniu także w całym województwie|].", "Obszar działania: {area_nom}.",
       "[Dojeżdża^ do klientów|Usługi świadczy^] w promieniu {radius} km od siedziby."},
      // closings
      {"Zapraszamy do współpracy.", "[Chętnie przygotujemy|Przygotujemy] [ofertę|wycenę][ dostosowaną do potrzeb klienta| w ciągu 24 godzin|].",
       "{S}ma^ doświadczenie w realizacji zamówień publicznych[, także zastrzeżonych na podstawie art. 94 Pzp|].",
       "Ceny {S}ustala^ indywidualnie.", "{S}wystawia^ faktury[ VAT|].",
       "{S}realizuje^ [także|również] zlecenia [nietypowe|w krótkich terminach|w weekendy].",
       "{S}przyjmuje^ [praktykantów i wolontariuszy|stażystów z urzędu pracy].", "[Zapraszamy|Zachęcamy] do kontaktu[ telefonicznego| mailowego|]."},
      // thin
      {"{tags} {place}.", "{S}{act} {place}.", "{name}: {tags}.", "{tags}[ – tanio i solidnie| – zapraszamy|].", "{S}{act}[, {act2}|]."},
      // founders
      {"gminy {gmina}", "lokalnego ośrodka pomocy społecznej", "rodziców osób z niepełnosprawnościami",
       "byłych uczestników centrum integracji społecznej", "mieszkańców gminy {gmina}", "lokalnych przedsiębiorców", "miejscowej parafii",
       "osób długotrwale bezrobotnych", "powiatowego urzędu pracy", "organizacji pozarządowych {from}", "lokalnej grupy działania"},
      // groups_acc
      {"osoby długotrwale bezrobotne", "osoby z niepełnosprawnościami", "osoby z orzeczeniem o niepełnosprawności",
       "osoby w kryzysie bezdomności", "osoby po opuszczeniu zakładów karnych", "osoby zagrożone wykluczeniem społecznym",
       "osoby po terapii uzależnień", "osoby z zaburzeniami psychicznymi", "młodzież opuszczającą pieczę zastępczą"},
      // groups_inv
      {"z orzeczeniem o niepełnosprawności", "z niepełnosprawnościami", "w kryzysie bezdomności", "po opuszczeniu zakładów karnych",
       "po terapii uzależnień", "z zaburzeniami psychicznymi", "ze znacznym lub umiarkowanym stopniem niepełnosprawności",
       "z grup wymienionych w art. 94 Pzp"},
      // workshops
      {"gastronomia", "ogrodnictwo", "stolarstwo", "krawiectwo", "ceramika", "rękodzieło", "prace porządkowe", "drobne remonty",
       "pranie i prasowanie", "poligrafia", "opieka nad osobami starszymi"},
      // causes
      {"Rozwoju Ekonomii Społecznej", "Osób Niepełnosprawnych", "Aktywizacji Zawodowej", "Rozwoju Lokalnego", "Dzieci i Młodzieży",
       "Seniorów", "Integracji Społecznej", "Rodzin", "Osób Wykluczonych", "Rozwoju Wsi", "Osób Bezdomnych", "Edukacji i Rozwoju"},
      // standalone_names
      {"Razem", "Nowy Start", "Pod Lipami", "Pod Dębem", "Na Fali", "Mozaika", "Perspektywa", "Alternatywa", "Feniks", "Sowa",
       "Horyzont", "Arka", "Ostoja", "Tęcza", "Promyk", "Kompas", "Pomost", "Wspólnota", "Jutrzenka", "Wrzos", "Kalina", "Jarzębina",
       "Bratek", "Kotwica", "Sezam", "Atut", "Impuls", "Aktywni", "Nadzieja", "Przyszłość", "Wyspa", "Pod Kasztanem", "Bez Barier",
       "Otwarte Drzwi", "Krok po Kroku", "Druga Szansa", "Ręka w Rękę", "Pracownia", "Integra", "Wspólny Dom"},
      // kgw_names
      {"Kalinki", "Jarzębinki", "Stokrotki", "Babeczki", "Malwy", "Wrzosy", "Kaczeńce", "Niezapominajki", "Słoneczniki", "Bławatki",
       "Maki", "Sasanki", "Konwalie", "Gospodynie z Pasją", "Zielone Babki", "Jutrzenki"},
      // adjectives (m, f, n)
      {{"Zielony", "Zielona", "Zielone"}, {"Złoty", "Złota", "Złote"}, {"Srebrny", "Srebrna", "Srebrne"}, {"Nowy", "Nowa", "Nowe"},
       {"Dobry", "Dobra", "Dobre"}, {"Wspólny", "Wspólna", "Wspólne"}, {"Słoneczny", "Słoneczna", "Słoneczne"},
       {"Biały", "Biała", "Białe"}, {"Leśny", "Leśna", "Leśne"}, {"Pogodny", "Pogodna", "Pogodne"}, {"Cichy", "Cicha", "Ciche"},
       {"Jasny", "Jasna", "Jasne"}, {"Radosny", "Radosna", "Radosne"}, {"Przyjazny", "Przyjazna", "Przyjazne"},
       {"Spokojny", "Spokojna", "Spokojne"}, {"Stary", "Stara", "Stare"}, {"Wesoły", "Wesoła", "Wesołe"}, {"Bliski", "Bliska", "Bliskie"},
       {"Otwarty", "Otwarta", "Otwarte"}, {"Kolorowy", "Kolorowa", "Kolorowe"}},
      // nouns by gender
      {Phrases{"Dom", "Zakątek", "Horyzont", "Most", "Ogród", "Brzeg", "Gościniec", "Krąg", "Start", "Kąt", "Dwór", "Młyn", "Sad",
               "Port", "Warsztat"},
       Phrases{"Przystań", "Dolina", "Polana", "Ścieżka", "Droga", "Łąka", "Kraina", "Przestrzeń", "Szansa", "Pasieka", "Fala",
               "Iskra", "Stacja", "Chata", "Zagroda"},
       Phrases{"Źródło", "Siedlisko", "Pole", "Jutro", "Gniazdo", "Zacisze", "Ognisko", "Wzgórze", "Miejsce", "Serce"}},
      // streets
      {"Kościuszki", "Mickiewicza", "Słowackiego", "Sienkiewicza", "Kolejowa", "Polna", "Leśna", "Szkolna", "Ogrodowa", "Lipowa",
       "Krótka", "Długa", "Wojska Polskiego", "Piłsudskiego", "Jana Pawła II", "3 Maja", "Kwiatowa", "Parkowa", "Rynek", "Wiejska",
       "Strażacka", "Kopernika", "Dworcowa", "Spółdzielcza", "Żeromskiego", "Reymonta", "Konopnickiej", "Armii Krajowej",
       "Słoneczna", "Zielona", "Młyńska", "Kościelna", "Przemysłowa", "Fabryczna", "Pocztowa", "Targowa", "Łąkowa", "Sportowa"},
      // mail_domains
      {"gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "op.pl"},
      // periods
      {"w okresie od 1 stycznia do 31 grudnia {ty} r.", "przez 12 miesięcy od dnia zawarcia umowy",
       "w okresie [12|24|36] miesięcy od dnia zawarcia umowy", "w latach {ty}–{ty2}", "od 1 września {ty} r. do 30 czerwca {ty2} r.",
       "do dnia 31 grudnia {ty} r.", "w terminie [30|60|90] dni od dnia podpisania umowy", "od dnia zawarcia umowy do 31 grudnia {ty} r."},
      // period_sentences
      {"[Usługi będą świadczone|Zamówienie będzie realizowane] {period}.", "Termin realizacji zamówienia: {period}.",
       "Umowa zostanie zawarta na czas określony – {period}."},
      // tender_extras
      {"Zamawiający [nie dopuszcza składania|dopuszcza składanie] ofert częściowych.", "Zamówienie podzielono na {n1} części.",
       "Wykonawca zapewni [środki|materiały] i sprzęt niezbędny do realizacji [usług|zamówienia].",
       "Zamawiający przewiduje możliwość skorzystania z prawa opcji do [10|20|30]% wartości zamówienia.",
       "Wizja lokalna [jest zalecana|nie jest wymagana].", "Szczegółowy opis przedmiotu zamówienia zawiera załącznik nr {n1} do SWZ.",
       "Zamawiający [nie wymaga|wymaga] wniesienia wadium.",
       "Zamawiający wymaga zatrudnienia na podstawie umowy o pracę osób wykonujących czynności w zakresie realizacji zamówienia (art. 95 ustawy Pzp).",
       "Kryteria oceny ofert: [cena – 60%, aspekty społeczne – 40%|cena – 80%, termin płatności – 20%|cena – 60%, doświadczenie personelu – 40%].",
       "Wynagrodzenie będzie płatne [miesięcznie|kwartalnie] na podstawie faktury."},
      // art94_clauses
      {"Zamówienie jest zastrzeżone na podstawie art. 94 ust. 1 ustawy Pzp dla wykonawców, których głównym celem lub głównym celem działalności ich wyodrębnionych organizacyjnie jednostek jest społeczna i zawodowa integracja osób społecznie marginalizowanych, przy czym co najmniej 30% zatrudnionych stanowią osoby należące do grup, o których mowa w art. 94 ust. 1 pkt 1–9.",
       "O udzielenie zamówienia mogą ubiegać się wyłącznie wykonawcy, o których mowa w art. 94 ust. 1 Pzp, m.in. spółdzielnie socjalne, zakłady aktywności zawodowej, centra i kluby integracji społecznej, zatrudniający co najmniej 30% osób z grup wskazanych w tym przepisie.",
       "Zamawiający zastrzega, że o udzielenie zamówienia mogą ubiegać się wyłącznie wykonawcy, których głównym celem jest społeczna i zawodowa integracja osób społecznie marginalizowanych (art. 94 ust. 1 Pzp)."},
      // art361_clauses
      {"Zamówienie jest zastrzeżone na podstawie art. 361 ust. 1 ustawy Pzp dla wykonawców, których celem jest realizacja zadań w zakresie użyteczności publicznej związanych ze świadczeniem usług, o których mowa w art. 361 ust. 1, i którzy spełniają warunki określone w art. 361 ust. 2.",
       "Postępowanie prowadzone jest w trybie usług społecznych; zamawiający zastrzega możliwość ubiegania się o zamówienie wyłącznie dla organizacji, o których mowa w art. 361 ust. 2 ustawy Pzp (m.in. organizacji pozarządowych i przedsiębiorstw społecznych)."},
  };
  return text;
}

}  // namespace pesmatch::synth
