// Fixed geography that the TERC register does not carry: the locative of each city with powiat
// rights and its approximate population (to weight where PES sit), and per województwo its name's
// inflections, capital, postal-code range and landline area codes.
#include "synth/world.hpp"

namespace pesmatch::synth {

const std::vector<CityInfo>& cities() {
  static const std::vector<CityInfo> table{
      {"0261", "w Jeleniej Górze", 76},     {"0262", "w Legnicy", 97},           {"0264", "we Wrocławiu", 674},
      {"0265", "w Wałbrzychu", 108},        {"0461", "w Bydgoszczy", 330},       {"0462", "w Grudziądzu", 92},
      {"0463", "w Toruniu", 196},           {"0464", "we Włocławku", 104},       {"0661", "w Białej Podlaskiej", 56},
      {"0662", "w Chełmie", 60},            {"0663", "w Lublinie", 332},         {"0664", "w Zamościu", 61},
      {"0861", "w Gorzowie Wielkopolskim", 119}, {"0862", "w Zielonej Górze", 139}, {"1061", "w Łodzi", 658},
      {"1062", "w Piotrkowie Trybunalskim", 71}, {"1063", "w Skierniewicach", 47}, {"1261", "w Krakowie", 803},
      {"1262", "w Nowym Sączu", 83},        {"1263", "w Tarnowie", 106},         {"1461", "w Ostrołęce", 51},
      {"1462", "w Płocku", 116},            {"1463", "w Radomiu", 201},          {"1464", "w Siedlcach", 77},
      {"1465", "w Warszawie", 1862},        {"1661", "w Opolu", 127},            {"1861", "w Krośnie", 45},
      {"1862", "w Przemyślu", 57},          {"1863", "w Rzeszowie", 198},        {"1864", "w Tarnobrzegu", 45},
      {"2061", "w Białymstoku", 294},       {"2062", "w Łomży", 62},             {"2063", "w Suwałkach", 69},
      {"2261", "w Gdańsku", 487},           {"2262", "w Gdyni", 243},            {"2263", "w Słupsku", 88},
      {"2264", "w Sopocie", 34},            {"2461", "w Bielsku-Białej", 168},   {"2462", "w Bytomiu", 160},
      {"2463", "w Chorzowie", 105},         {"2464", "w Częstochowie", 210},     {"2465", "w Dąbrowie Górniczej", 117},
      {"2466", "w Gliwicach", 174},         {"2467", "w Jastrzębiu-Zdroju", 87}, {"2468", "w Jaworznie", 89},
      {"2469", "w Katowicach", 286},        {"2470", "w Mysłowicach", 74},       {"2471", "w Piekarach Śląskich", 54},
      {"2472", "w Rudzie Śląskiej", 135},   {"2473", "w Rybniku", 134},          {"2474", "w Siemianowicach Śląskich", 65},
      {"2475", "w Sosnowcu", 193},          {"2476", "w Świętochłowicach", 49},  {"2477", "w Tychach", 126},
      {"2478", "w Zabrzu", 170},            {"2479", "w Żorach", 62},            {"2661", "w Kielcach", 187},
      {"2861", "w Elblągu", 117},           {"2862", "w Olsztynie", 170},        {"3061", "w Kaliszu", 98},
      {"3062", "w Koninie", 72},            {"3063", "w Lesznie", 62},           {"3064", "w Poznaniu", 541},
      {"3261", "w Koszalinie", 105},        {"3262", "w Szczecinie", 392},       {"3263", "w Świnoujściu", 40},
  };
  return table;
}

std::vector<WojInfo> wojewodztwa_table() {
  auto code = [](std::string_view c) { return *TerytCode::parse(c).value; };
  return {
      {code("02"), "Dolnośląskie", "Dolnośląskiego", "dolnośląskim", "we Wrocławiu", 50, 59, {"71", "74", "75", "76"}},
      {code("04"), "Kujawsko-Pomorskie", "Kujawsko-Pomorskiego", "kujawsko-pomorskim", "w Toruniu", 85, 89, {"52", "54", "56"}},
      {code("06"), "Lubelskie", "Lubelskiego", "lubelskim", "w Lublinie", 20, 24, {"81", "82", "83", "84"}},
      {code("08"), "Lubuskie", "Lubuskiego", "lubuskim", "w Zielonej Górze", 65, 68, {"68", "95"}},
      {code("10"), "Łódzkie", "Łódzkiego", "łódzkim", "w Łodzi", 90, 99, {"42", "43", "44", "46"}},
      {code("12"), "Małopolskie", "Małopolskiego", "małopolskim", "w Krakowie", 30, 34, {"12", "14", "18"}},
      {code("14"), "Mazowieckie", "Mazowieckiego", "mazowieckim", "w Warszawie", 0, 9, {"22", "23", "24", "25", "29", "48"}},
      {code("16"), "Opolskie", "Opolskiego", "opolskim", "w Opolu", 45, 49, {"77"}},
      {code("18"), "Podkarpackie", "Podkarpackiego", "podkarpackim", "w Rzeszowie", 35, 39, {"13", "15", "16", "17"}},
      {code("20"), "Podlaskie", "Podlaskiego", "podlaskim", "w Białymstoku", 15, 19, {"85", "86", "87"}},
      {code("22"), "Pomorskie", "Pomorskiego", "pomorskim", "w Gdańsku", 80, 84, {"58", "59"}},
      {code("24"), "Śląskie", "Śląskiego", "śląskim", "w Katowicach", 40, 44, {"32", "33", "34"}},
      {code("26"), "Świętokrzyskie", "Świętokrzyskiego", "świętokrzyskim", "w Kielcach", 25, 29, {"41", "15"}},
      {code("28"), "Warmińsko-Mazurskie", "Warmińsko-Mazurskiego", "warmińsko-mazurskim", "w Olsztynie", 10, 14, {"89", "55", "87"}},
      {code("30"), "Wielkopolskie", "Wielkopolskiego", "wielkopolskim", "w Poznaniu", 60, 64, {"61", "62", "63", "65", "67"}},
      {code("32"), "Zachodniopomorskie", "Zachodniopomorskiego", "zachodniopomorskim", "w Szczecinie", 70, 78, {"91", "94"}},
  };
}

}  // namespace pesmatch::synth
