// Phrase tables of construction, laundry, printing and education.
#include "synth/phrases.hpp"

namespace pesmatch::synth {

TradeText construction_text() {
  return {
      "construction", {"4540", "4544", "4545"}, {}, {"43.34.Z", "43.39.Z", "43.32.Z", "43.31.Z", "43.22.Z", "43.21.Z", "41.20.Z"},
      {"remonty", "malowanie pomieszczeń", "roboty wykończeniowe", "prace remontowo-budowlane", "układanie płytek",
       "drobne naprawy", "docieplenia budynków", "stawianie ścianek działowych", "układanie kostki brukowej", "prace hydrauliczne"},
      {"[wykonuje^|realizuje^] [remonty|prace remontowo-budowlane|roboty wykończeniowe] [mieszkań|lokali|budynków użyteczności publicznej]",
       "maluje^ [pomieszczenia|klatki schodowe|elewacje|sale lekcyjne]", "[układa^|kładzie^] [płytki|panele|kostkę brukową]",
       "[wykonuje^|przeprowadza^] drobne naprawy [w szkołach|w budynkach komunalnych|w mieszkaniach socjalnych]",
       "wykonuje^ docieplenia [budynków|ścian][ i tynki|]", "[montuje^|stawia^] [ścianki działowe|sufity podwieszane|zabudowy z płyt g-k]",
       "[remontuje^|odnawia^] [mieszkania komunalne|lokale socjalne|pomieszczenia biurowe]"},
      {"remonty mieszkań", "malowanie pomieszczeń", "roboty wykończeniowe", "układanie płytek i paneli", "prace brukarskie",
       "drobne naprawy", "docieplenia"},
      {"dla zarządów budynków komunalnych", "dla szkół i przedszkoli", "dla wspólnot mieszkaniowych", "dla klientów indywidualnych",
       "dla urzędów i jednostek gminnych"},
      {"{S}dysponuje^ [rusztowaniami|elektronarzędziami|samochodem dostawczym].",
       "Brygady prowadzą [doświadczeni |]majstrowie z uprawnieniami.",
       "{S}udziela^ [12|24|36]-miesięcznej gwarancji na wykonane prace."},
      {"Budowlani", "Solidna Ekipa", "Fachowiec", "Złota Rączka", "Majster", "Kielnia"},
      {"Malowanie pomieszczeń oraz drobne roboty remontowe w budynkach [szkół podstawowych|placówek oświatowych] {buyer_gen}",
       "Remont pomieszczeń [Środowiskowego Domu Samopomocy|świetlicy wiejskiej|budynku urzędu] – roboty malarskie[, wymiana posadzek|]",
       "Remont [lokali socjalnych|mieszkań komunalnych] stanowiących własność {buyer_gen}",
       "Wykonanie robót wykończeniowych w [budynku|świetlicy] {obj_gen}",
       "Bieżące naprawy i konserwacja budynków {buyer_gen} w {ty} r."},
      {"wykonanie robót remontowych w budynkach {buyer_gen}", "remont [pomieszczeń|lokali] będących własnością {buyer_gen}",
       "wykonanie robót malarskich i wykończeniowych w [obiektach|placówkach] {buyer_gen}"},
      {"malowanie ścian i sufitów", "wymianę posadzek", "naprawę tynków", "wymianę stolarki drzwiowej", "montaż sufitów podwieszanych",
       "uporządkowanie terenu po robotach", "wykonanie [gładzi|tynków]"},
      30, 1500};
}

TradeText laundry_text() {
  return {
      "laundry", {"9831"}, {}, {"96.01.Z"},
      {"pranie pościeli", "usługi pralnicze", "maglowanie", "pranie odzieży roboczej", "prasowanie", "pranie obrusów",
       "pralnia przemysłowa", "pranie firan i zasłon", "dezynfekcja bielizny"},
      {"[pierze^|prowadzi^ pranie] [pościeli|odzieży roboczej|obrusów|ręczników i pościeli][ dla hoteli| dla szpitali|]",
       "[magluje^|prasuje^] [pościel|obrusy|firany]", "prowadzi^ pralnię [przemysłową|wodną|chemiczną]",
       "[odbiera^|odbiera^ i dowozi^] pranie [od klienta|z placówek][ własnym transportem|]",
       "[dezynfekuje^|pierze^ z dezynfekcją] bieliznę [szpitalną|z domów pomocy społecznej]"},
      {"pranie pościeli", "maglowanie", "pranie odzieży roboczej", "usługi pralnicze", "pranie firan i zasłon", "odbiór i dowóz prania"},
      {"dla hoteli i pensjonatów", "dla domów pomocy społecznej", "dla szpitali", "dla restauracji", "dla zakładów pracy"},
      {"{S}dysponuje^ [pralnicami przemysłowymi|maglem elektrycznym|suszarkami bębnowymi].",
       "{S}przepiera^ [ok.|ponad] {n3} kg bielizny [dziennie|tygodniowo].",
       "{S}stosuje^ [procedury dezynfekcji zgodne z wymogami Sanepidu|barierowy system prania]."},
      {"Śnieżna Biel", "Świeżość", "Lawenda", "Pralnia Pod Lipą", "Biała Przystań"},
      {"Świadczenie usług pralniczych dla [domu pomocy społecznej|żłobków|placówek opiekuńczych] {buyer_gen}[ w latach {ty}–{ty2}|]",
       "Pranie i dezynfekcja pościeli, odzieży roboczej i ręczników oraz maglowanie dla jednostek {buyer_gen}",
       "Usługa prania [bielizny|pościeli][ wraz z transportem|] na potrzeby {obj_gen}"},
      {"świadczenie usług pralniczych na rzecz {buyer_gen}",
       "pranie, dezynfekcja i maglowanie [bielizny|pościeli i ręczników] dla [placówek|jednostek] {buyer_gen}"},
      {"odbiór brudnej bielizny", "pranie i dezynfekcję", "maglowanie i prasowanie", "dostarczenie czystej bielizny w ciągu 48 godzin",
       "drobne naprawy krawieckie", "ważenie i ewidencję prania"},
      20, 600};
}

TradeText printing_text() {
  return {
      "printing", {"7981", "7982"}, {}, {"18.12.Z", "18.13.Z", "18.14.Z", "58.19.Z", "73.11.Z"},
      {"druk cyfrowy", "introligatorstwo", "druk ulotek", "skład i łamanie tekstu", "projektowanie graficzne", "druk wielkoformatowy",
       "oprawa dokumentów", "druk biuletynów"},
      {"[drukuje^ [ulotki|plakaty|broszury|wizytówki|kalendarze]|wykonuje^ druk [ulotek|plakatów|broszur|wizytówek|kalendarzy]][ w technologii cyfrowej| offsetowo|]",
       "[projektuje^|przygotowuje^] [materiały promocyjne|identyfikację wizualną|publikacje][ dla samorządów| dla organizacji pozarządowych|]",
       "[wykonuje^|prowadzi^] [usługi introligatorskie|oprawę prac dyplomowych|laminowanie i bindowanie]",
       "[składa^ i łamie^|przygotowuje^ do druku] [książki|biuletyny|gazetki gminne]", "drukuje^ [banery|roll-upy|plakaty wielkoformatowe]"},
      {"druk ulotek i plakatów", "projekty graficzne", "usługi introligatorskie", "druk biuletynów", "skład publikacji",
       "druk wielkoformatowy", "materiały promocyjne z nadrukiem"},
      {"dla urzędów gmin", "dla szkół i bibliotek", "dla organizacji pozarządowych", "dla firm", "dla wydawnictw"},
      {"{S}posiada^ [cyfrową maszynę drukującą|ploter wielkoformatowy|gilotynę introligatorską].",
       "{S}realizuje^ zamówienia [w 3 dni robocze|ekspresowo|także w małych nakładach]."},
      {"Druk-Art", "Kreska", "Papirus", "Tusz", "Pod Prasą", "Litera"},
      {"Druk i dostawa [biuletynu informacyjnego|gazety samorządowej|kalendarzy] {buyer_gen}[ w {ty} r.|]",
       "Wykonanie [usług poligraficznych|materiałów drukowanych] na potrzeby {obj_gen}",
       "Druk [ulotek, plakatów i broszur|materiałów informacyjnych] dla {buyer_gen}",
       "Usługi [graficzne i poligraficzne|introligatorskie] na rzecz {buyer_gen}"},
      {"druk i dostawa [materiałów informacyjnych|wydawnictw] {buyer_gen}", "wykonanie usług poligraficznych na rzecz {buyer_gen}"},
      {"przygotowanie projektu graficznego", "skład i łamanie", "druk w pełnym kolorze", "dostawę nakładu do siedziby zamawiającego",
       "wykonanie korekty", "druk w nakładzie {n3} egzemplarzy"},
      10, 300};
}

TradeText education_text() {
  return {
      "education", {"8050", "8051", "8052", "8053", "8059"}, {"80511000", "80520000", "80590000"},
      {"85.59.B", "85.59.A", "85.60.Z", "85.51.Z"},
      {"szkolenia", "kursy zawodowe", "warsztaty", "doradztwo zawodowe", "zajęcia edukacyjne", "korepetycje",
       "szkolenia kompetencji społecznych", "kursy komputerowe", "szkolenia dla kadr pomocy społecznej", "zajęcia dla dzieci"},
      {"[prowadzi^|organizuje^] [szkolenia|kursy|warsztaty] [zawodowe|kompetencji społecznych|komputerowe|językowe][ dla dorosłych| dla osób bezrobotnych| dla seniorów|]",
       "[realizuje^|prowadzi^] [zajęcia edukacyjne|zajęcia pozalekcyjne|warsztaty ekologiczne] dla [dzieci i młodzieży|szkół]",
       "[świadczy^|zapewnia^] [doradztwo zawodowe|coaching|wsparcie psychologiczne] [dla osób wracających na rynek pracy|dla uczestników projektów]",
       "[szkoli^|przygotowuje^] [kadry pomocy społecznej|wolontariuszy|opiekunów osób niesamodzielnych]",
       "[organizuje^|prowadzi^] superwizje [dla pracowników socjalnych|dla kadr pomocy i integracji społecznej]"},
      {"szkolenia zawodowe", "kursy komputerowe", "warsztaty kompetencji społecznych", "doradztwo zawodowe", "zajęcia pozalekcyjne",
       "superwizję pracy socjalnej", "szkolenia dla kadr"},
      {"dla powiatowych urzędów pracy", "dla ośrodków pomocy społecznej", "dla szkół", "dla realizatorów projektów unijnych", "dla firm"},
      {"{S}posiada^ wpis do Rejestru Instytucji Szkoleniowych.",
       "Trenerzy mają [wieloletnie doświadczenie|certyfikaty trenerskie|przygotowanie pedagogiczne].",
       "{S}dysponuje^ [salą szkoleniową|pracownią komputerową] na {n2} osób."},
      {"Wiedza", "Akademia Rozwoju", "Kompas", "Nowe Horyzonty", "Krok Dalej", "Szansa"},
      {"Przeprowadzenie szkoleń zawodowych i warsztatów kompetencji społecznych dla uczestników [projektu|programu] realizowanego przez {buyer_acc}",
       "Organizacja szkoleń i superwizji dla kadr pomocy i integracji społecznej[ z terenu {area_gen}|]",
       "[Organizacja|Przeprowadzenie] kursów [komputerowych|językowych|zawodowych] dla [mieszkańców|seniorów|osób bezrobotnych] z terenu {area_gen}",
       "Prowadzenie zajęć [pozalekcyjnych|rozwijających|wyrównawczych] dla uczniów szkół {buyer_gen}"},
      {"przeprowadzenie [szkoleń|kursów] dla [uczestników projektu|mieszkańców] {area_gen}",
       "organizacja i przeprowadzenie [szkoleń|warsztatów] na potrzeby {buyer_gen}"},
      {"przygotowanie programu szkolenia", "zapewnienie trenerów z doświadczeniem", "zapewnienie sali i materiałów szkoleniowych",
       "przeprowadzenie egzaminu końcowego", "wydanie zaświadczeń o ukończeniu", "zapewnienie cateringu podczas zajęć"},
      15, 800};
}

}  // namespace pesmatch::synth
