#include "rank/pkd_bridge.hpp"

#include <algorithm>
#include <cstring>

#include "reference/csv.hpp"

namespace pesmatch::detail {

PkdBridge::PkdBridge(const ReferenceData& ref, Analyzer& analyzer, const std::string& bridges_csv)
    : ref_(ref), analyzer_(analyzer) {
  const auto table = CsvTable::read(bridges_csv);
  const auto cpv = table.column("cpv_prefix"), pkd = table.column("pkd_class");
  for (const auto& r : table.records())
    curated_.emplace_back(std::string(trim(CsvTable::field(r, cpv))), std::string(trim(CsvTable::field(r, pkd))));
}

PkdBridge::Words PkdBridge::analyse(const std::string& text) {
  Words w;
  const auto a = analyzer_.analyze(text);
  for (const auto& word : a.words) {
    w.lemma_sets.push_back(word.lemmas);
    w.all.insert(word.lemmas.begin(), word.lemmas.end());
  }
  for (const auto& c : a.concepts) w.all.insert("K" + c);
  w.concepts = a.concepts;
  return w;
}

const PkdBridge::Words& PkdBridge::words_of_cpv(const CpvCode& cpv) {
  auto it = cpv_words_.find(cpv.digits());
  if (it == cpv_words_.end()) it = cpv_words_.emplace(cpv.digits(), analyse(ref_.cpv.entry(cpv).label_pl)).first;
  return it->second;
}

const PkdBridge::Words& PkdBridge::words_of_pkd(const PkdCode& pkd) {
  auto it = pkd_words_.find(pkd.str());
  if (it == pkd_words_.end()) it = pkd_words_.emplace(pkd.str(), analyse(ref_.pkd.name(pkd))).first;
  return it->second;
}

double PkdBridge::fit(const PkdCode& pkd, const CpvCode& cpv) {
  // Reranking asks for the same few (PKD, CPV) pairs for hundreds of candidates: remember them.
  // A PKD code is `NN.NN.X`, 7 bytes: its bytes are the key, with no string built per lookup.
  FitKey key{0, cpv.digits()};
  std::memcpy(&key.pkd, pkd.str().data(), std::min(pkd.str().size(), sizeof key.pkd));
  if (auto it = fits_.find(key); it != fits_.end()) return it->second;
  const double f = compute_fit(pkd, cpv);
  fits_.emplace(key, f);
  return f;
}

double PkdBridge::compute_fit(const PkdCode& pkd, const CpvCode& cpv) {
  const std::string digits = cpv.digits_str(), cls = pkd.pkd_class();
  for (const auto& [prefix, pkd_class] : curated_)
    if (pkd_class == cls && digits.compare(0, prefix.size(), prefix) == 0) return 1.0;
  const Words& c = words_of_cpv(cpv);
  const Words& p = words_of_pkd(pkd);
  if (c.lemma_sets.empty()) return 0.0;
  std::size_t covered = 0;
  for (const auto& set : c.lemma_sets)
    covered += std::any_of(set.begin(), set.end(), [&](const std::string& l) { return p.all.count(l) > 0; });
  double share = static_cast<double>(covered) / static_cast<double>(c.lemma_sets.size());
  // A synonym group shared with the CPV label bridges when it is the label's work (its first
  // group) or half of the label's groups: laundering shares "czyszczenie" with the cleaning of
  // office equipment, an object of office cleaning, not the work.
  std::size_t shared = 0;
  for (const auto& concept_name : c.concepts) shared += p.all.count("K" + concept_name);
  const bool names_the_work = !c.concepts.empty() && p.all.count("K" + c.concepts.front()) > 0;
  if (names_the_work || (shared > 0 && 2 * shared >= c.concepts.size())) share = std::max(share, 0.8);
  return share;
}

}  // namespace pesmatch::detail
