// GET / and the page's files. Their {{key}} texts are filled from the Polish catalogue once, when
// the routes are set up; they are served from memory with a short cache lifetime so that a new
// binary's page is picked up on reload.
#include <memory>

#include "report/page_text.hpp"
#include "server/assets.hpp"
#include "server/routes.hpp"

namespace pesmatch::server {

void add_page_routes(httplib::Server& http) {
  for (const auto& asset : web_assets()) {
    auto body = std::make_shared<const std::string>(detail::fill_page(asset.body, asset.name, Catalogue::of(Language::pl)));
    auto handler = [body, type = std::string(asset.content_type)](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "max-age=60");
      res.set_content(body->data(), body->size(), type.c_str());
    };
    http.Get(std::string("/").append(asset.name), handler);
    if (asset.name == "index.html") http.Get("/", handler);
  }
}

}  // namespace pesmatch::server
