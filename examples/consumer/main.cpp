// An example user of the installed pesmatch library: indexes the bundled example catalogue,
// matches the example tender against it and prints the top PES with the explanation per factor.
//   consumer [INDEX_DIR]   (data and reference directories: $PESMATCH_DATA, $PESMATCH_REFERENCE)
#include <pesmatch/error.hpp>
#include <pesmatch/index.hpp>
#include <pesmatch/ingest.hpp>
#include <pesmatch/matcher.hpp>
#include <pesmatch/model.hpp>
#include <pesmatch/reference.hpp>
#include <pesmatch/version.hpp>

#include <iomanip>
#include <iostream>

int main(int argc, char** argv) {
  const std::string db = argc > 1 ? argv[1] : "consumer.db";
  try {
    const std::string data = pesmatch::resolve_data_dir("");
    const auto ref = pesmatch::ReferenceData::load(pesmatch::resolve_reference_dir(""));
    pesmatch::Analyzer analyzer(pesmatch::AnalyzerConfig::defaults(data));

    // Open an index: build it from a catalogue (once), then open it for matching.
    const std::string catalogue = data + "/examples/pes.jsonl";
    const auto pes = pesmatch::read_catalogue(catalogue, ref).records;
    pesmatch::build_index(db, pes, {}, ref, analyzer, {pesmatch::file_digest(catalogue)});
    pesmatch::Matcher matcher(db, {ref, analyzer, pesmatch::Model::load(data + "/model.json"), data});

    // Match one tender and explain the best results factor by factor.
    const auto tender = pesmatch::read_tenders(data + "/examples/tender.json", ref).records.at(0);
    pesmatch::MatchOptions options;
    options.top_k = 3;
    const auto result = matcher.match(tender, options);
    std::cout << "pesmatch " << pesmatch::version() << ": tender " << result.tender_id << ", " << matcher.size()
              << " PES indexed, " << result.candidates << " candidates\n";
    for (const auto& r : result.ranked) {
      std::cout << std::fixed << std::setprecision(3) << r.score << "  " << r.id << "  " << r.name << "\n";
      for (const auto& f : r.factors)
        std::cout << "    " << std::setw(22) << std::left << pesmatch::feature_name(f.feature) << std::right
                  << " value " << f.value << " x weight " << f.weight << " = " << f.contribution << "  " << f.detail
                  << "\n";
    }
    return result.ranked.empty() ? 1 : 0;
  } catch (const pesmatch::Error& e) {
    std::cerr << "consumer: " << e.what() << "\n";
    return e.exit_code();
  }
}
