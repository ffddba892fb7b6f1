// Hostile input end to end: deep nesting, a 100 MB line or field, a million codes in a record,
// invalid UTF-8, NUL bytes and XML bombs are each refused with the contract's message (exit 3),
// and the process stays under a stated peak memory whatever the input's size.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/process.hpp"

namespace pesmatch {
namespace {

// Peak RSS bound for every case, measured with wait4(2). ASan's shadow memory and quarantine
// roughly triple a process's footprint, so a sanitized build gets a wider bound.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kPeakRssBoundKib = 3 * 256 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kPeakRssBoundKib = 3 * 256 * 1024;
#else
constexpr long kPeakRssBoundKib = 256 * 1024;
#endif
#else
constexpr long kPeakRssBoundKib = 256 * 1024;
#endif

constexpr std::size_t kMiB = 1 << 20;

const std::string kValidPes =
    R"({"id":"OK1","name":"Spółdzielnia Socjalna Porządek","legal_form":"spoldzielnia_socjalna","teryt":"1219043","description":"Sprzątanie biur."})";

using Writer = std::function<void(std::ofstream&)>;

struct Hostile {
  std::string name;
  std::string file_name;  // its extension picks the reader
  std::string command;    // "pes", "tenders", "ted" or "csv"
  Writer write;
  std::string message;  // stderr after "pesmatch: <path>"
};

Writer text(std::string s) {
  return [s = std::move(s)](std::ofstream& out) { out << s; };
}

Writer repeated(std::string head, std::string unit, std::size_t times, std::string tail) {
  return [=](std::ofstream& out) {
    out << head;
    std::string block;
    for (std::size_t i = 0; i < 4096; ++i) block += unit;
    for (std::size_t i = 0; i < times / 4096; ++i) out << block;
    for (std::size_t i = 0; i < times % 4096; ++i) out << unit;
    out << tail;
  };
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string ted_notice_with(const std::string& from, const std::string& to) {
  std::string xml = test::read_file(std::string(PESMATCH_TEST_SHARED_DIR) + "/examples/ted/19-099886-001-EXP.xml");
  xml.replace(xml.find(from), from.size(), to);
  return xml;
}

std::vector<Hostile> hostile_inputs() {
  const std::string deep_prefix = R"({"id":"D1","contact":)";
  const std::string tender_head = R"({"id":"T1","title":"Catering","place_teryt":["1219043"],"cpv":[)";
  const std::string csv_header = "Nazwa;Opis działalności;Miejscowość\n";
  return {
      {"json_nested_200000_deep", "deep.jsonl", "pes", text(deep_prefix + nested(200000) + "}\n"),
       ":1: JSON nested deeper than 64 levels at byte " + std::to_string(deep_prefix.size() + 64)},
      {"json_nested_in_tender_file", "deep.json", "tenders", text(nested(1000001)),
       ":1: JSON nested deeper than 64 levels at byte 65"},
      {"line_of_100_mb", "long.jsonl", "pes", repeated(kValidPes + "\n{\"id\":\"", "x", 100 * kMiB, "\"}\n"),
       ":2: line longer than 1048576 bytes"},
      {"million_cpv_codes_in_jsonl", "cpv.jsonl", "tenders",
       repeated(tender_head, "\"55523100-3\",", 1000000, "\"55523100-3\"]}\n"), ":1: line longer than 1048576 bytes"},
      {"million_cpv_codes_in_json", "cpv.json", "tenders",
       repeated(tender_head, "\"55523100-3\",", 1000000, "\"55523100-3\"]}\n"), ": file larger than 8388608 bytes"},
      {"json_of_2700000_values", "values.json", "tenders", repeated("[[]", ",[]", 2700000, "]"),
       ":1: more than 1000000 JSON values"},
      {"number_overflow_in_tender_file", "overflow.json", "tenders", text(R"([{"id":"T1","value_pln":1E400}])"),
       ":1: malformed JSON: number overflow parsing '1E400'"},
      {"twenty_thousand_cpv_codes", "cpv20k.jsonl", "tenders",
       repeated(tender_head, "\"55523100-3\",", 20000, "\"55523100-3\"]}\n"), ":1: cpv: more than 10000 items"},
      {"invalid_utf8", "bad.jsonl", "pes", text(R"({"id":"U1","name":"Sp)" "\xC3\x28" R"("})" "\n"),
       ":1: invalid UTF-8 at byte 22"},
      {"nul_byte", "nul.jsonl", "pes", text(std::string(R"({"id":"N1",)") + '\0' + R"("name":"x"})" + "\n"),
       ":1: NUL byte at byte 12"},
      {"nul_byte_after_the_record", "nul_end.jsonl", "pes", text(kValidPes + '\0' + R"({"id":"N2"})" + "\n"),
       ":1: NUL byte at byte " + std::to_string(kValidPes.size() + 1)},
      {"escaped_nul_in_id", "nul_id.jsonl", "pes",
       text(R"({"id":"N\u00001","name":"N","legal_form":"cis","teryt":"1219043","description":"d"})" "\n"),
       ":1: id: must not contain control characters"},
      {"xml_of_100_mb", "big.xml", "ted", repeated("<TED_EXPORT>", "<P>x</P>", 100 * kMiB / 8, "</TED_EXPORT>"),
       ": file larger than 8388608 bytes"},
      {"xml_nested_100000_deep", "deep.xml", "ted", repeated("<TED_EXPORT>", "<a>", 100000, ""),
       ":1: malformed XML: elements nested deeper than 256"},
      {"xml_of_1100000_elements", "wide.xml", "ted", repeated("<TED_EXPORT>\n", "<a/>", 1100000, "</TED_EXPORT>"),
       ":2: malformed XML: more than 1000000 elements and text runs"},
      {"csv_of_100_mb", "big.csv", "csv", repeated(csv_header + "\"", "x", 100 * kMiB, "\";d;Kraków\n"),
       ": file larger than 33554432 bytes"},
      {"csv_field_of_30_mb", "field.csv", "csv", repeated(csv_header + "\"", "x", 30 * kMiB, "\";d;Kraków\n"),
       ":2: cell longer than 1048576 bytes"},
      {"csv_of_3000000_cells", "cells.csv", "csv", repeated(csv_header, ";", 3000000, "\n"),
       ":2: more than 2000000 cells in the file"},
  };
}

// Test names show the case, not its bytes.
void PrintTo(const Hostile& h, std::ostream* os) { *os << h.name; }

std::vector<std::string> command_for(const Hostile& h, const std::string& path, const test::TempDir& dir) {
  if (h.command == "pes") return {"index", "--pes", path, "--db", dir.path("db")};
  if (h.command == "tenders")
    return {"index", "--pes", test::fixture("mini_pes.jsonl"), "--tenders", path, "--db", dir.path("db")};
  if (h.command == "ted") return {"import", "ted", path, "--out", dir.path("out.jsonl")};
  return {"import", "pes-csv", path, "--out", dir.path("out.jsonl")};
}

class HostileInputTest : public ::testing::TestWithParam<Hostile> {};

TEST_P(HostileInputTest, RejectedWithMessage_InBoundedMemory) {
  const auto& h = GetParam();
  test::TempDir dir;
  const auto path = dir.path(h.file_name);
  {
    std::ofstream out(path, std::ios::binary);
    h.write(out);
  }
  const auto r = test::run_measured(command_for(h, path, dir));
  EXPECT_EQ(r.exit_code, 3);
  // A notice is rejected one by one (import goes on with the next file); the rest stop the command.
  const std::string prefix = h.command == "ted" ? "pesmatch: not converted: " : "pesmatch: ";
  const std::string expected = prefix + path + h.message + "\n";
  EXPECT_EQ(r.err.substr(0, expected.size()), expected) << r.err.substr(0, 400);
  EXPECT_LT(r.peak_rss_kib, kPeakRssBoundKib);
  RecordProperty("peak_rss_kib", std::to_string(r.peak_rss_kib));
  std::cerr << "[ measured ] " << h.name << ": peak RSS " << r.peak_rss_kib / 1024 << " MiB\n";
}

INSTANTIATE_TEST_SUITE_P(Inputs, HostileInputTest, ::testing::ValuesIn(hostile_inputs()),
                         [](const auto& info) { return info.param.name; });

// An XML bomb ("billion laughs"): entities are never expanded (no XML_PARSE_NOENT, no DTD
// loaded), the notice is refused as malformed and memory stays that of the file.
TEST(HostileInputCliTest, XmlEntityBomb_IsRejectedUnexpanded) {
  test::TempDir dir;
  std::string doctype = "<!DOCTYPE TED_EXPORT [<!ENTITY lol \"lol\">";
  doctype += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
  for (int i = 2; i <= 9; ++i) {
    doctype += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) doctype += "&lol" + std::to_string(i - 1) + ";";
    doctype += "\">";
  }
  doctype += "]>\n<TED_EXPORT";
  auto xml = ted_notice_with("<TED_EXPORT", doctype);
  const std::string paragraph = "<P>";
  const auto title = xml.find(paragraph, xml.find("<TITLE>", xml.find("OBJECT_CONTRACT")));
  xml.insert(title + paragraph.size(), "&lol9; ");
  const auto path = dir.write("bomb.xml", xml);
  const auto r = test::run_measured({"import", "ted", path});
  // libxml2 measures what the entities would amplify to and refuses before expanding any.
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find(path + ":1: malformed XML: Detected an entity reference loop\n"), std::string::npos) << r.err;
  EXPECT_LT(r.peak_rss_kib, kPeakRssBoundKib);
}

}  // namespace
}  // namespace pesmatch
