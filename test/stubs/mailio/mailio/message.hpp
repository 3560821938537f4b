// Stub mirroring karastojko/mailio include/mailio/message.hpp at
// commit 8b056f853dd667ebfc49b7b140d0f0639d526e26 (after 0.26.0), reduced to what conncheck's tests use: building a message is local.
#pragma once

#include <string>
#include "mailboxes.hpp"

namespace mailio
{

class message
{
public:
    message();
    void from(const mail_address& mail);
    void add_recipient(const mail_address& mail);
    void subject(const std::string& mail_subject);
    void content(const std::string& content_str);
};

} // namespace mailio
