// Stub mirroring karastojko/mailio include/mailio/mailboxes.hpp at
// commit 8b056f853dd667ebfc49b7b140d0f0639d526e26 (after 0.26.0), reduced to what conncheck's tests use. Upstream string_t is
// String<std::string, char> (codec.hpp); here plain std::string.
#pragma once

#include <string>

namespace mailio
{

using string_t = std::string;

struct mail_address
{
    string_t name;
    std::string address;
    mail_address() = default;
    mail_address(const string_t& mail_name, const std::string& mail_address);
};

} // namespace mailio
