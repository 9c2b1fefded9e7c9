#include "http/HttpTypes.h"

namespace http {

std::string Request::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

} // namespace http
