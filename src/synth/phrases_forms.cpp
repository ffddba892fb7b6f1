// Phrase tables of the legal forms (names, self-descriptions, trades) and the trade table assembly.
#include "synth/phrases.hpp"

namespace pesmatch::synth {

const std::array<TradeText, kTradeCount>& trade_texts() {
  static const std::array<TradeText, kTradeCount> table{
      cleaning_text(), catering_text(), care_text(),     transport_text(), green_text(),
      construction_text(), laundry_text(), printing_text(), education_text(), recycling_text(),
      tourism_text(), security_text(), handicraft_text()};
  return table;
}

// Trade weights are in Trade order: cleaning, catering, care, transport, green, construction,
// laundry, printing, education, recycling, tourism, security, handicraft.
const std::vector<FormText>& form_texts() {
  using enum LegalForm;
  static const std::vector<FormText> table{
      {spoldzielnia_socjalna, "spółdzielnia socjalna", "spółdzielnią socjalną", "[spółdzielnia|nasza spółdzielnia]",
       Gender::feminine, 320, 2006, 5, 30, {20, 16, 8, 5, 14, 12, 4, 3, 3, 4, 5, 2, 4},
       {"Spółdzielnia Socjalna „{q}”", "Spółdzielnia Socjalna „{q}”", "Spółdzielnia Socjalna „{qt}”", "Spółdzielnia Socjalna {q}"},
       {"Spółdzielnia Socjalna „{q}” {w_city}"},
       {"Wszyscy członkowie spółdzielni pracują na umowę o pracę.",
        "Zysk {S}przeznacza^ na reintegrację społeczną i zawodową członków.",
        "{S}należy^ do [Związku Rewizyjnego Spółdzielni Socjalnych|lokalnego partnerstwa ekonomii społecznej].",
        "Spółdzielnię założyły [osoby długotrwale bezrobotne|dwie organizacje pozarządowe|gmina {gmina} i lokalna fundacja]."}},
      {fundacja, "fundacja", "fundacją", "[fundacja|nasza fundacja]", Gender::feminine, 150, 1990, 1, 40,
       {3, 4, 30, 8, 3, 1, 1, 3, 25, 3, 8, 0, 11},
       {"Fundacja „{q}”", "Fundacja {q}", "Fundacja na Rzecz {cause}", "Fundacja „{qt}”", "Fundacja Rozwoju Gminy {gmina}"},
       {"Fundacja „{q}” {w_city}"},
       {"{S}posiada^ status organizacji pożytku publicznego.", "{S}prowadzi^ działalność odpłatną pożytku publicznego.",
        "Dochód z działalności gospodarczej {S}przeznacza^ na cele statutowe."}},
      {stowarzyszenie, "stowarzyszenie", "stowarzyszeniem", "[stowarzyszenie|nasze stowarzyszenie]", Gender::neuter, 135, 1989,
       0, 30, {3, 6, 26, 10, 4, 2, 1, 2, 20, 3, 12, 0, 11},
       {"Stowarzyszenie „{q}”", "Stowarzyszenie na Rzecz {cause}", "Stowarzyszenie Przyjaciół Gminy {gmina}",
        "Stowarzyszenie Rozwoju Gminy {gmina}", "Stowarzyszenie na Rzecz Osób Niepełnosprawnych „{q}”"},
       {"Stowarzyszenie „{q}” {w_city}"},
       {"{S}posiada^ status organizacji pożytku publicznego.", "Stowarzyszenie zrzesza [ponad|ok.] {n2} członków.",
        "{S}prowadzi^ działalność odpłatną pożytku publicznego."}},
      {spolka_non_profit, "spółka non-profit", "spółką non-profit", "spółka", Gender::feminine, 45, 2004, 3, 60,
       {16, 10, 14, 6, 12, 8, 4, 4, 6, 8, 4, 6, 2},
       {"{q} sp. z o.o. non-profit", "„{q}” Sp. z o.o. non profit", "Przedsiębiorstwo Społeczne „{q}” Sp. z o.o."},
       {"{q} sp. z o.o. non-profit"},
       {"Cały zysk {S}przeznacza^ na cele statutowe.", "Udziałowcami spółki są [gmina {gmina} i fundacja|organizacje pozarządowe]."}},
      {cis, "centrum integracji społecznej", "centrum integracji społecznej", "[CIS|centrum]", Gender::neuter, 75, 2004, 4, 20,
       {22, 12, 2, 2, 24, 22, 3, 2, 1, 6, 1, 1, 2},
       {"Centrum Integracji Społecznej „{q}”", "Centrum Integracji Społecznej w Gminie {gmina}"},
       {"Centrum Integracji Społecznej {w_city}", "Centrum Integracji Społecznej „{q}” {w_city}"},
       {"Uczestnicy [CIS|Centrum] zdobywają kwalifikacje w warsztatach: {workshops}.",
        "Reintegracja zawodowa trwa do 12 miesięcy i obejmuje [kursy zawodowe|pracę pod okiem instruktorów|staże u pracodawców].",
        "Organem prowadzącym jest Gmina {gmina}.", "Przyjmuje^ zlecenia od jednostek samorządu, szkół i spółdzielni mieszkaniowych."}},
      {kis, "klub integracji społecznej", "klubem integracji społecznej", "[KIS|klub]", Gender::masculine, 35, 2004, 2, 8,
       {24, 10, 4, 1, 24, 16, 2, 2, 6, 6, 1, 0, 4},
       {"Klub Integracji Społecznej „{q}”", "Klub Integracji Społecznej w Gminie {gmina}"},
       {"Klub Integracji Społecznej {w_city}"},
       {"Klub prowadzi zajęcia reintegracyjne i kieruje uczestników do prac społecznie użytecznych.",
        "Uczestnicy klubu wykonują prace [porządkowe|ogrodnicze|drobne remonty] pod opieką instruktora."}},
      {zaz, "zakład aktywności zawodowej", "zakładem aktywności zawodowej", "[ZAZ|zakład]", Gender::masculine, 50, 1998, 25, 120,
       {18, 18, 1, 3, 8, 3, 20, 10, 0, 6, 5, 3, 5},
       {"Zakład Aktywności Zawodowej „{q}”", "Zakład Aktywności Zawodowej {of_powiat}"},
       {"Zakład Aktywności Zawodowej {w_city}"},
       {"Co najmniej 70% pracowników to osoby z niepełnosprawnościami.",
        "Pracownicy mają zapewnioną rehabilitację zawodową i opiekę [psychologa|fizjoterapeuty|doradcy zawodowego].",
        "Zakład powstał z inicjatywy [powiatu|stowarzyszenia rodziców|fundacji] i działa od {year} r."}},
      {wtz, "warsztat terapii zajęciowej", "warsztatem terapii zajęciowej", "[WTZ|warsztat|nasz warsztat]", Gender::masculine, 47,
       1992, 5, 25, {4, 10, 2, 1, 8, 1, 4, 10, 2, 2, 2, 0, 54},
       {"Warsztat Terapii Zajęciowej „{q}”", "Warsztat Terapii Zajęciowej w Gminie {gmina}",
        "Warsztat Terapii Zajęciowej przy Stowarzyszeniu „{q}”", "Warsztat Terapii Zajęciowej Fundacji „{q}”"},
       {"Warsztat Terapii Zajęciowej {w_city}"},
       {"Uczestnicy warsztatu pracują w pracowniach: {workshops}.",
        "Warsztat prowadzi rehabilitację społeczną i zawodową {n2} uczestników.",
        "Wyroby uczestników można kupić na kiermaszach[ i w sklepie internetowym|]."}},
      {spoldzielnia_pracy, "spółdzielnia pracy", "spółdzielnią pracy", "[spółdzielnia|nasza spółdzielnia]", Gender::feminine, 35,
       1950, 10, 150, {18, 8, 2, 8, 12, 24, 4, 6, 0, 4, 2, 12, 0},
       {"Spółdzielnia Pracy „{q}”", "Spółdzielnia Pracy Usług Komunalnych „{q}”", "Spółdzielnia Pracy „{qt}”"},
       {"Spółdzielnia Pracy „{q}” {w_city}"},
       {"{S}działa^ nieprzerwanie od {year} r.", "Członkami spółdzielni są jej pracownicy."}},
      {spoldzielnia_inwalidow, "spółdzielnia inwalidów", "spółdzielnią inwalidów", "[spółdzielnia|nasza spółdzielnia]",
       Gender::feminine, 28, 1950, 20, 250, {20, 6, 4, 4, 6, 6, 10, 14, 0, 4, 0, 24, 2},
       {"Spółdzielnia Inwalidów „{q}”", "Spółdzielnia Inwalidów „{qt}”"}, {"Spółdzielnia Inwalidów „{q}” {w_city}"},
       {"Spółdzielnia ma status zakładu pracy chronionej.", "{S}działa^ nieprzerwanie od {year} r."}},
      {spoldzielnia_niewidomych, "spółdzielnia niewidomych", "spółdzielnią niewidomych", "[spółdzielnia|nasza spółdzielnia]",
       Gender::feminine, 15, 1950, 15, 200, {14, 4, 2, 0, 2, 2, 6, 30, 0, 4, 0, 10, 26},
       {"Spółdzielnia Niewidomych „{q}”"}, {"Spółdzielnia Niewidomych {w_city}"},
       {"Większość pracowników to osoby niewidome i słabowidzące.", "Spółdzielnia ma status zakładu pracy chronionej."}},
      {kgw, "koło gospodyń wiejskich", "kołem gospodyń wiejskich", "[koło|KGW|nasze koło]", Gender::neuter, 50, 1960, 0, 5,
       {2, 55, 4, 0, 4, 0, 0, 0, 5, 0, 20, 0, 10},
       {"Koło Gospodyń Wiejskich „{kgw}”", "KGW „{kgw}”", "Koło Gospodyń Wiejskich {kgw} z Gminy {gmina}"},
       {"Koło Gospodyń Wiejskich „{kgw}”"},
       {"Koło skupia {n2} członkiń z gminy {gmina}.", "{S}gotuje^ według tradycyjnych przepisów regionu.",
        "Koło jest wpisane do rejestru kół gospodyń wiejskich prowadzonego przez ARiMR."}},
      {inna, "przedsiębiorstwo społeczne", "przedsiębiorstwem społecznym", "[przedsiębiorstwo|firma]", Gender::neuter, 15, 1995, 3,
       80, {12, 12, 12, 6, 10, 8, 4, 6, 8, 8, 6, 4, 4},
       {"Przedsiębiorstwo Społeczne „{q}”", "Przedsiębiorstwo Usług Społecznych „{q}”", "„{q}” Przedsiębiorstwo Społeczne"},
       {"Przedsiębiorstwo Społeczne „{q}” {w_city}"},
       {"Zysk {S}przeznacza^ na tworzenie miejsc pracy dla osób zagrożonych wykluczeniem."}},
  };
  return table;
}

}  // namespace pesmatch::synth
