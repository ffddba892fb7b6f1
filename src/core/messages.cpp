#include "pesmatch/messages.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "core/embedded.hpp"
#include "pesmatch/error.hpp"

namespace pesmatch {

struct Catalogue::Entries {
  std::map<std::string, std::string, std::less<>> texts;
  std::string json;
};

namespace {

std::string_view embedded_catalogue(Language lang) {
  const std::string name = std::string(to_string(lang)) + ".json";
  for (const auto& file : detail::message_catalogues())
    if (file.name == name) return file.body;
  return "{}";
}

// Groups the digits of a whole number by three with `separator` ("12 500").
std::string grouped(const std::string& digits, std::string_view separator) {
  std::string out;
  const std::size_t start = digits[0] == '-' ? 1 : 0;
  out.append(digits, 0, start);
  for (std::size_t i = start; i < digits.size(); ++i) {
    if (i > start && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string_view to_string(Language lang) noexcept { return lang == Language::pl ? "pl" : "en"; }

Language parse_language(std::string_view name, std::string_view field) {
  if (name == "pl") return Language::pl;
  if (name == "en") return Language::en;
  throw Error(ErrorCode::invalid_input, ErrorLocation{"option", 0, std::string(field), std::string(name)}, "expected pl or en");
}

Message& Message::text(std::string name, std::string value) {
  args.push_back({std::move(name), MessageArg::Kind::text, std::move(value), 0, 0});
  return *this;
}

Message& Message::term(std::string name, std::string key) {
  args.push_back({std::move(name), MessageArg::Kind::term, std::move(key), 0, 0});
  return *this;
}

Message& Message::number(std::string name, double value, int decimals) {
  args.push_back({std::move(name), MessageArg::Kind::number, {}, value, decimals});
  return *this;
}

Catalogue::Catalogue(Language lang) : lang_(lang) {
  auto entries = std::make_unique<Entries>();
  const auto source = embedded_catalogue(lang);
  entries->json = std::string(source);
  const auto texts = nlohmann::json::parse(source);
  for (auto it = texts.begin(); it != texts.end(); ++it) entries->texts.emplace(it.key(), it.value().get<std::string>());
  entries_.reset(entries.release());
}

void Catalogue::Release::operator()(const Entries* e) const noexcept { delete e; }

const Catalogue& Catalogue::of(Language lang) {
  static const Catalogue pl(Language::pl), en(Language::en);
  return lang == Language::pl ? pl : en;
}

const std::string& Catalogue::text(std::string_view key) const {
  const auto it = entries_->texts.find(key);
  if (it != entries_->texts.end()) return it->second;
  static thread_local std::string missing;
  missing = std::string(key);
  return missing;
}

std::string Catalogue::number(double value, int decimals) const {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  if (lang_ == Language::en || !std::isfinite(value)) return buf;
  // Polish: decimal comma; thousands grouped with a no-break space from 10 000 on.
  std::string s = buf;
  const auto dot = s.find('.');
  std::string out = std::fabs(value) >= 10000 ? grouped(s.substr(0, dot), "\u00a0") : s.substr(0, dot);
  if (dot != std::string::npos) out.append(1, ',').append(s, dot + 1, std::string::npos);
  return out;
}

std::string Catalogue::render(const Message& message) const {
  const std::string& pattern = text(message.key);
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const auto close = pattern[i] == '{' ? pattern.find('}', i) : std::string::npos;
    const MessageArg* arg = nullptr;
    if (close != std::string::npos)
      for (const auto& a : message.args)
        if (pattern.compare(i + 1, close - i - 1, a.name) == 0 && a.name.size() == close - i - 1) arg = &a;
    if (!arg) {
      out += pattern[i];
      continue;
    }
    switch (arg->kind) {
      case MessageArg::Kind::text: out += arg->value; break;
      case MessageArg::Kind::term: out += text(arg->value); break;
      case MessageArg::Kind::number: out += number(arg->number, arg->decimals); break;
    }
    i = close;
  }
  return out;
}

std::string Catalogue::render(const Sentence& sentence) const {
  std::string out;
  for (const auto& m : sentence) out += render(m);
  return out;
}


std::vector<std::string> Catalogue::keys() const {
  std::vector<std::string> out;
  for (const auto& [key, value] : entries_->texts) out.push_back(key);
  return out;
}

const std::string& Catalogue::json() const noexcept { return entries_->json; }

}  // namespace pesmatch
