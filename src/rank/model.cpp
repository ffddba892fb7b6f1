#include "pesmatch/model.hpp"

#include <Eigen/Dense>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pesmatch/error.hpp"
#include "reference/csv.hpp"

namespace pesmatch {

Model Model::load(const std::string& path) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(detail::read_file(path));
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "malformed JSON at byte " + std::to_string(e.byte));
  } catch (const nlohmann::json::out_of_range&) {  // a number beyond a double, e.g. 1E400
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, {}, {}}, "malformed JSON: number out of range");
  }
  const auto it = j.find("features");
  if (it == j.end() || !it->is_object())
    throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, "features", {}}, "missing object of feature weights");
  std::array<double, kFeatureCount> w{};
  std::array<bool, kFeatureCount> seen{};
  for (const auto& [name, value] : it->items()) {
    const Feature f = feature_from_name(name);
    if (f == Feature::count_) throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, "features." + name, {}}, "unknown feature");
    if (!value.is_number()) throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, "features." + name, {}}, "expected a number");
    w[static_cast<std::size_t>(f)] = value.get<double>();
    seen[static_cast<std::size_t>(f)] = true;
  }
  // `reach` came after the first model files: one without it keeps ranking as it did.
  seen[static_cast<std::size_t>(Feature::reach)] = true;
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    if (!seen[i])
      throw Error(ErrorCode::invalid_input, ErrorLocation{path, 0, "features." + std::string(feature_name(static_cast<Feature>(i))), {}},
                  "missing weight");
  return Model(w);
}

void Model::save(const std::string& path) const {
  nlohmann::ordered_json j;
  j["features"] = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < kFeatureCount; ++i) j["features"][std::string(feature_name(static_cast<Feature>(i)))] = weights_[i];
  std::ofstream out(path);
  out << j.dump(2) << "\n";
  if (!out) throw Error(ErrorCode::io, ErrorLocation{path, 0, {}, {}}, "cannot write model");
}

double Model::score(const FeatureVector& features) const noexcept {
  double s = 0;
  for (std::size_t i = 0; i < kFeatureCount; ++i) s += weights_[i] * features[i];
  return s;
}

std::vector<double> Model::score_all(const std::vector<FeatureVector>& features) const {
  std::vector<double> out(features.size());
  if (features.empty()) return out;
  using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, static_cast<int>(kFeatureCount), Eigen::RowMajor>;
  const Eigen::Map<const RowMajor> x(features.front().data(), static_cast<Eigen::Index>(features.size()), kFeatureCount);
  const Eigen::Map<const Eigen::Matrix<double, static_cast<int>(kFeatureCount), 1>> w(weights_.data());
  Eigen::Map<Eigen::VectorXd>(out.data(), static_cast<Eigen::Index>(out.size())) = x * w;
  return out;
}

}  // namespace pesmatch
