// Bridges PES registers (PKD 2007) and tenders (CPV): no official correspondence exists, so the
// fit is read from a short curated table (data/text/cpv_pkd_bridges.csv) and, failing that, from
// how many words of the CPV label the PKD name covers after lemmatizing and synonyms.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "pesmatch/analyzer.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch::detail {

/// PKD→CPV fit in [0, 1], with caches. Not thread-safe (it shares the caller's Analyzer).
class PkdBridge {
 public:
  /// Reads the curated table (`cpv_prefix,pkd_class` rows).
  PkdBridge(const ReferenceData& ref, Analyzer& analyzer, const std::string& bridges_csv);

  /// 1 for a curated bridge; otherwise the share of the CPV label's words the PKD name covers.
  double fit(const PkdCode& pkd, const CpvCode& cpv);

 private:
  struct Words {
    std::vector<std::vector<std::string>> lemma_sets;
    std::unordered_set<std::string> all;  // lemmas and K-concepts
    std::vector<std::string> concepts;    // synonym groups in order of first occurrence
  };
  double compute_fit(const PkdCode& pkd, const CpvCode& cpv);
  const Words& words_of_cpv(const CpvCode& cpv);
  const Words& words_of_pkd(const PkdCode& pkd);
  Words analyse(const std::string& text);

  const ReferenceData& ref_;
  Analyzer& analyzer_;
  std::vector<std::pair<std::string, std::string>> curated_;  // cpv digit prefix, pkd class
  std::unordered_map<std::uint32_t, Words> cpv_words_;
  std::unordered_map<std::string, Words> pkd_words_;
  // PKD code bytes and CPV digits → fit; integer keys, since the lookup is per candidate.
  struct FitKey {
    std::uint64_t pkd;
    std::uint32_t cpv;
    friend bool operator==(const FitKey&, const FitKey&) = default;
  };
  struct FitKeyHash {
    std::size_t operator()(const FitKey& k) const noexcept { return std::hash<std::uint64_t>{}(k.pkd * 0x9E3779B97F4A7C15ULL ^ k.cpv); }
  };
  std::unordered_map<FitKey, double, FitKeyHash> fits_;
};

}  // namespace pesmatch::detail
