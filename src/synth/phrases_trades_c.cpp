// Phrase tables of recycling, tourism, security and handicraft.
#include "synth/phrases.hpp"

namespace pesmatch::synth {

TradeText recycling_text() {
  return {
      "recycling", {"9051", "9050"}, {}, {"38.11.Z", "38.21.Z", "38.32.Z", "38.12.Z"},
      {"zbiórka odpadów", "segregacja odpadów", "recykling", "prowadzenie PSZOK", "odbiór odpadów wielkogabarytowych",
       "demontaż mebli i elektroodpadów", "naprawa i odsprzedaż mebli", "zbiórka tekstyliów"},
      {"[prowadzi^|obsługuje^] [punkt selektywnej zbiórki odpadów komunalnych|PSZOK|sortownię odpadów]",
       "[zbiera^|odbiera^] [odpady wielkogabarytowe|elektroodpady|zużyte tekstylia] [od mieszkańców|z posesji]",
       "[segreguje^|sortuje^] [odpady surowcowe|odpady komunalne] [na linii sortowniczej|ręcznie]",
       "[odnawia^|naprawia^] [meble|sprzęt AGD] i [przekazuje^ je potrzebującym|sprzedaje^ je w sklepie społecznym]",
       "[prowadzi^|organizuje^] edukację ekologiczną [w szkołach|dla mieszkańców]",
       "[demontuje^|rozbiera^] [zużyty sprzęt elektroniczny|meble] na surowce"},
      {"odbiór odpadów wielkogabarytowych", "obsługę PSZOK", "segregację odpadów", "zbiórkę elektroodpadów", "edukację ekologiczną"},
      {"dla gmin i związków międzygminnych", "dla spółdzielni mieszkaniowych", "dla firm", "dla mieszkańców"},
      {"{S}posiada^ wpis do rejestru BDO.", "{S}dysponuje^ [samochodem z HDS|kontenerami na odpady|prasą do makulatury]."},
      {"Eko-Serwis", "Drugie Życie", "Zielony Punkt", "Odzysk", "EkoRazem"},
      {"Prowadzenie Punktu Selektywnego Zbierania Odpadów Komunalnych na terenie {area_gen}[ wraz z odbiorem zgromadzonych odpadów|]",
       "Odbiór i zagospodarowanie odpadów [wielkogabarytowych|komunalnych] z terenu {area_gen}[ w {ty} r.|]",
       "Zbiórka [elektroodpadów|odpadów problemowych] od mieszkańców {area_gen}",
       "Sortowanie odpadów surowcowych zebranych na terenie {area_gen}"},
      {"prowadzenie Punktu Selektywnego Zbierania Odpadów Komunalnych na terenie {area_gen}",
       "odbiór i transport odpadów [wielkogabarytowych|segregowanych] od mieszkańców {area_gen}"},
      {"obsługę punktu w wyznaczonych godzinach", "przyjmowanie i ważenie odpadów", "prowadzenie ewidencji w BDO",
       "załadunek i transport odpadów", "utrzymanie porządku na terenie punktu", "edukację ekologiczną mieszkańców"},
      60, 2000};
}

TradeText tourism_text() {
  return {
      "tourism", {"5520", "5524", "6351"}, {}, {"55.20.Z", "79.90.C", "79.12.Z", "55.10.Z", "93.29.Z"},
      {"noclegi", "agroturystyka", "organizacja wycieczek", "zielone szkoły", "kolonie i półkolonie", "wypoczynek dzieci",
       "obsługa grup", "turystyka aktywna", "przewodnictwo"},
      {"[prowadzi^|ma^] [gospodarstwo agroturystyczne|dom gościnny|pensjonat|schronisko][ na {n2} miejsc|]",
       "[organizuje^|prowadzi^] [kolonie i półkolonie|obozy|zielone szkoły|wycieczki krajoznawcze] dla [dzieci|dzieci i młodzieży|grup szkolnych]",
       "[oprowadza^ wycieczki po okolicy|zaprasza^ na spływy kajakowe|organizuje^ rajdy rowerowe]",
       "[przyjmuje^|gości^] [grupy szkolne|turystów|rodziny z dziećmi]",
       "[organizuje^|przygotowuje^] [imprezy plenerowe|pikniki rodzinne|rajdy rowerowe]"},
      {"noclegi", "wyżywienie dla grup", "wypoczynek dla dzieci", "zielone szkoły", "wycieczki z przewodnikiem",
       "organizację półkolonii", "spływy kajakowe"},
      {"dla szkół", "dla grup zorganizowanych", "dla ośrodków pomocy społecznej", "dla rodzin z dziećmi", "dla zakładów pracy"},
      {"{S}dysponuje^ [{n1} pokojami gościnnymi|salą konferencyjną|boiskiem i miejscem na ognisko].",
       "Kadra ma uprawnienia [wychowawców wypoczynku|przewodników|ratowników WOPR]."},
      {"Pod Lasem", "Leśna Przystań", "Sielanka", "Nad Stawem", "Wrzosowisko"},
      {"Organizacja wypoczynku letniego w formie [półkolonii|kolonii] dla dzieci [z rodzin objętych wsparciem|z terenu {area_gen}]",
       "Organizacja kolonii letnich z programem profilaktycznym dla dzieci i młodzieży z terenu {area_gen}",
       "Organizacja [wycieczek|wyjazdów integracyjnych] dla [seniorów|uczestników Klubu Senior+|uczniów][ w {ty} r.|]",
       "Zapewnienie noclegów i wyżywienia dla uczestników [zielonej szkoły|obozu sportowego]"},
      {"organizacja wypoczynku dla dzieci z terenu {area_gen}",
       "zapewnienie zakwaterowania, wyżywienia i programu [wycieczki|wypoczynku] dla uczestników wskazanych przez {buyer_acc}"},
      {"zapewnienie zakwaterowania i pełnego wyżywienia", "transport uczestników", "opiekę wychowawców i ratownika",
       "ubezpieczenie NNW", "program zajęć profilaktycznych", "bilety wstępu do atrakcji"},
      15, 500};
}

TradeText security_text() {
  return {
      "security", {"7971"}, {}, {"80.10.Z", "80.20.Z"},
      {"ochrona mienia", "dozór obiektów", "monitoring", "obsługa portierni", "ochrona imprez", "usługi portierskie"},
      {"[chroni^|zapewnia^ ochronę] [obiekty|mienie|budynki użyteczności publicznej]",
       "[prowadzi^|obsługuje^] [portiernie|recepcje|szatnie] [w budynkach biurowych|w szkołach|w szpitalach]",
       "[dozoruje^|zabezpiecza^] [place budowy|parkingi|magazyny]", "[zabezpiecza^|obsługuje^] imprezy [masowe|plenerowe|sportowe]",
       "[monitoruje^ obiekty|prowadzi^ monitoring obiektów][ całodobowo|]"},
      {"ochronę mienia", "dozór obiektów", "usługi portierskie", "obsługę szatni", "ochronę imprez", "monitoring"},
      {"dla urzędów", "dla szkół i przedszkoli", "dla szpitali", "dla firm i magazynów"},
      {"Pracownicy są wpisani na listę kwalifikowanych pracowników ochrony.",
       "{S}posiada^ koncesję MSWiA na usługi ochrony osób i mienia.", "{S}posiada^ ubezpieczenie OC działalności."},
      {"Straż", "Bezpieczny Dom", "Tarcza", "Strażnik", "Bastion", "Spokój"},
      {"Świadczenie usług ochrony [osób i mienia|obiektów] w [budynkach|siedzibie] {obj_gen}",
       "Dozór i ochrona [mienia|obiektów] należących do {buyer_gen}[ w {ty} r.|]",
       "Usługi portierskie [i obsługa szatni|i dozór] w budynkach {obj_gen}"},
      {"świadczenie usług ochrony osób i mienia w obiektach {buyer_gen}",
       "dozór i ochrona mienia [należącego do|stanowiącego własność] {buyer_gen}"},
      {"całodobowy dozór obiektu", "obsługę portierni", "kontrolę ruchu osobowego", "obchody obiektu",
       "reagowanie na sygnały systemu alarmowego", "prowadzenie książki dozoru"},
      40, 1500};
}

TradeText handicraft_text() {
  return {
      "handicraft", {"392941", "1853"}, {}, {"32.99.Z", "13.92.Z", "16.29.Z", "47.78.Z", "32.12.Z"},
      {"rękodzieło", "gadżety reklamowe", "upominki okolicznościowe", "ceramika", "wyroby z drewna", "szycie", "krawiectwo",
       "wyroby z filcu", "kartki okolicznościowe", "pamiątki regionalne"},
      {"[wykonuje^|tworzy^|produkuje^] [upominki|pamiątki regionalne|gadżety reklamowe][ z logo zamawiającego| z drewna i ceramiki|]",
       "[szyje^|haftuje^] [torby|fartuchy|poduszki|odzież roboczą][ na zamówienie| z nadrukiem|]",
       "[lepi^ z gliny|wypala^] [ceramikę|naczynia|ozdoby]",
       "[robi^|przygotowuje^] [kartki okolicznościowe|stroiki świąteczne|ozdoby choinkowe]",
       "[prowadzi^|organizuje^] [warsztaty rękodzielnicze|kiermasze|stoiska na jarmarkach]"},
      {"upominki okolicznościowe", "gadżety z logo", "rękodzieło artystyczne", "pamiątki regionalne", "szycie na zamówienie",
       "ceramikę użytkową"},
      {"dla urzędów i instytucji", "dla firm", "dla szkół", "dla klientów indywidualnych", "dla organizatorów jarmarków"},
      {"{S}posiada^ [piec ceramiczny|maszyny szwalnicze|pracownię stolarską|grawerkę laserową].",
       "Wyroby {S}sprzedaje^ [w sklepie internetowym|na kiermaszach|w sklepiku przy pracowni]."},
      {"Pracownia Marzeń", "Rękodzieło", "Filcowy Świat", "Złote Rączki", "Kolorowy Zakątek", "Kreatywni"},
      {"Wykonanie i dostawa materiałów promocyjnych z logo {buyer_gen}",
       "Zaprojektowanie i wykonanie [upominków okolicznościowych|pamiątek rękodzielniczych] na potrzeby {buyer_gen}",
       "Dostawa [gadżetów promocyjnych|toreb bawełnianych z nadrukiem|upominków] na wydarzenia organizowane przez {buyer_acc}"},
      {"wykonanie i dostawa [materiałów promocyjnych|upominków] na potrzeby {buyer_gen}"},
      {"zaprojektowanie wzorów", "wykonanie próbnych egzemplarzy", "znakowanie logo", "pakowanie w opakowania jednostkowe",
       "dostawę do siedziby zamawiającego"},
      10, 200};
}

}  // namespace pesmatch::synth
