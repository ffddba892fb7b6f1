#include "core/encoding.hpp"

#include <iconv.h>

namespace pesmatch::detail {

bool convert_encoding(const std::string& from, const std::string& to, const std::string& in, std::string& out) {
  iconv_t cd = iconv_open(to.c_str(), from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  // Four output bytes per input byte cover every conversion into UTF-8.
  out.assign(in.size() * 4 + 4, '\0');
  char* src = const_cast<char*>(in.data());
  char* dst = out.data();
  std::size_t src_left = in.size(), dst_left = out.size();
  const std::size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1)) return false;
  out.resize(out.size() - dst_left);
  return true;
}

}  // namespace pesmatch::detail
