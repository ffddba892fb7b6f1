#include "index/shards.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <string>

#include "core/ordered_parallel.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/index.hpp"

namespace fs = std::filesystem;

namespace pesmatch::detail {
namespace {

constexpr const char* kShards = "shards";

// Xapian names a remote database in the error context: "remote:tcp(HOST:PORT)" or
// "remote:prog(PROGRAM ARGS)"; the part in parentheses is what the user wrote in the stub.
std::string shard_address(const Xapian::Error& e) {
  const std::string& context = e.get_context();
  const auto open = context.find('(');
  const auto close = context.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return context;
  return context.substr(open + 1, close - open - 1);
}

// Appends the databases of the stub file `stub` to `out`, as Xapian reads a stub: one database a
// line, `auto` or `glass` PATH relative to the stub's directory, `#` comments; false on anything
// else (`remote` shards above all) or stubs nested too deep.
bool append_databases(const fs::path& path, std::vector<std::string>& out, int depth);

bool append_stub(const fs::path& stub, std::vector<std::string>& out, int depth) {
  std::ifstream in(stub);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const auto space = line.find(' ');
    const std::string type = line.substr(0, space);
    if (space == std::string::npos || (type != "auto" && type != "glass")) return false;
    fs::path target = line.substr(space + 1);
    if (target.is_relative()) target = stub.parent_path() / target;
    if (!append_databases(target, out, depth + 1)) return false;
  }
  return !in.bad();
}

bool append_databases(const fs::path& path, std::vector<std::string>& out, int depth) {
  std::error_code ec;
  if (depth > 8) return false;
  if (fs::is_directory(path, ec)) {
    if (fs::exists(path / "iamglass", ec)) {
      out.push_back(path.string());
      return true;
    }
    return fs::is_regular_file(path / "XAPIANDB", ec) && append_stub(path / "XAPIANDB", out, depth);
  }
  return fs::is_regular_file(path, ec) && append_stub(path, out, depth);
}

}  // namespace

std::optional<std::vector<std::string>> local_databases(const std::string& db) {
  std::vector<std::string> out;
  if (!append_databases(db, out, 0)) return std::nullopt;
  return out;
}

std::size_t write_pes_shards(const fs::path& generation, const std::vector<const Pes*>& pes, const ReferenceData& ref,
                             const ShardWriter& write, std::size_t writers) {
  std::map<std::string, std::vector<const Pes*>> parts;
  for (const auto& unit : ref.territory.units())
    if (unit.code.level() == TerytLevel::wojewodztwo) parts[unit.code.str()];
  for (const Pes* p : pes) parts[p->teryt.wojewodztwo().str()].push_back(p);

  // The stub reaches the shards through this generation's own name, so that a reader opening
  // DIR/current/pes while a newer generation is published never mixes shards of the two.
  const fs::path pinned = fs::path("..") / generation.filename() / kShards;
  std::error_code ec;
  fs::create_directory(generation / kShards, ec);
  if (ec) throw Error(ErrorCode::io, ErrorLocation{(generation / kShards).string(), 0, {}, {}}, "cannot create: " + ec.message());
  const std::vector<std::pair<std::string, std::vector<const Pes*>>> shards(parts.begin(), parts.end());
  std::size_t done = 0;
  ordered_parallel(
      shards.size(), writers, 1,
      [&](std::size_t writer, std::size_t i) { return write((generation / kShards / shards[i].first).string(), shards[i].second, writer); },
      [&](std::size_t, std::size_t written) { done += written; });
  std::ofstream stub(generation / "pes");
  for (const auto& shard : shards) stub << "auto " << (pinned / shard.first).string() << "\n";
  stub.close();
  if (!stub) throw Error(ErrorCode::io, ErrorLocation{(generation / "pes").string(), 0, {}, {}}, "cannot write the shard stub");
  return done;
}

Xapian::Database open_index(const std::string& db) {
  try {
    return Xapian::Database(db);
  } catch (const Xapian::NetworkTimeoutError& e) {
    throw Error(ErrorCode::io, ErrorLocation{db, 0, {}, {}},
                "index shard " + shard_address(e) + " did not answer in time (" + e.get_msg() + ")");
  } catch (const Xapian::NetworkError& e) {
    const char* cause = e.get_error_string();
    throw Error(ErrorCode::io, ErrorLocation{db, 0, {}, {}},
                "index shard " + shard_address(e) + " unreachable: " + e.get_msg() + (cause ? std::string(" (") + cause + ")" : ""));
  }
}

}  // namespace pesmatch::detail

namespace pesmatch {

std::vector<std::string> index_shards(const std::string& db_dir) {
  const fs::path dir = fs::path(db_dir) / "current" / detail::kShards;
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory()) out.push_back(entry.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace pesmatch
