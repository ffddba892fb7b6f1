#include "ingest/json_position.hpp"

#include <string>
#include <vector>

namespace pesmatch::detail {
namespace {

// `path` equals `target` or names one of its parents.
bool leads_to(const std::string& path, std::string_view target) {
  if (target.substr(0, path.size()) != path) return false;
  return path.size() == target.size() || path.empty() || target[path.size()] == '.' || target[path.size()] == '[';
}

// One open container: its path, and for an object the key read last, for an array the index of
// the next element.
struct Open {
  std::string path;
  bool array;
  std::string key;
  std::size_t index = 0;
};

class Scanner {
 public:
  Scanner(std::string_view json, std::string_view target) : json_(json), target_(target) {}

  std::size_t run() {
    for (; pos_ < json_.size(); ++pos_) {
      const char c = json_[pos_];
      if (c == '\n') ++line_;
      else if (c == '"') {
        if (!expect_key_ && value_starts()) return line_;
        if (!string_token()) break;
      } else if (c == '{' || c == '[') {
        if (value_starts()) return line_;
        open_.push_back({current_path(), c == '[', {}, 0});
        expect_key_ = c == '{';
      } else if (c == '}' || c == ']') {
        if (open_.empty()) break;
        open_.pop_back();
        after_value();
      } else if (c == ',') {
        if (!open_.empty() && !open_.back().array) expect_key_ = true;
      } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
        if (value_starts()) return line_;
        while (pos_ + 1 < json_.size() && std::string_view(",}] \t\r\n").find(json_[pos_ + 1]) == std::string_view::npos) ++pos_;
        after_value();
      }
    }
    return best_;
  }

 private:
  std::string current_path() const {
    if (open_.empty()) return {};
    const Open& o = open_.back();
    if (o.array) return o.path + "[" + std::to_string(o.index) + "]";
    return o.path.empty() ? o.key : o.path + "." + o.key;
  }

  // A value begins here: true when it is the one sought.
  bool value_starts() {
    const std::string path = current_path();
    if (!leads_to(path, target_)) return false;
    best_ = line_;
    return path.size() == target_.size();
  }

  void after_value() {
    if (!open_.empty() && open_.back().array) ++open_.back().index;
  }

  // Reads the string at pos_, a key or a value; false when it never ends.
  bool string_token() {
    std::string text;
    for (++pos_; pos_ < json_.size() && json_[pos_] != '"'; ++pos_) {
      if (json_[pos_] == '\\') ++pos_;
      else if (expect_key_) text.push_back(json_[pos_]);
    }
    if (pos_ >= json_.size()) return false;
    if (expect_key_ && !open_.empty()) {
      open_.back().key = std::move(text);
      expect_key_ = false;
    } else {
      after_value();
    }
    return true;
  }

  std::string_view json_, target_;
  std::vector<Open> open_;
  std::size_t pos_ = 0, line_ = 1, best_ = 1;
  bool expect_key_ = false;
};

}  // namespace

std::size_t json_line_of(std::string_view json, std::string_view path) {
  Scanner scanner(json, path);
  return scanner.run();
}

}  // namespace pesmatch::detail
