// GET / and the page's files. They are served from memory with a short cache lifetime so that
// a new binary's page is picked up on reload.
#include "server/assets.hpp"
#include "server/routes.hpp"

namespace pesmatch::server {

void add_page_routes(httplib::Server& http) {
  for (const auto& asset : web_assets()) {
    auto handler = [&asset](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "max-age=60");
      res.set_content(asset.body.data(), asset.body.size(), std::string(asset.content_type).c_str());
    };
    http.Get(std::string("/").append(asset.name), handler);
    if (asset.name == "index.html") http.Get("/", handler);
  }
}

}  // namespace pesmatch::server
