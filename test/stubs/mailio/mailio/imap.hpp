// Stub mirroring karastojko/mailio include/mailio/imap.hpp at
// commit 8b056f853dd667ebfc49b7b140d0f0639d526e26 (after 0.26.0), reduced to what conncheck's tests use. The constructor connects to
// the server and reads its greeting.
#pragma once

#include <chrono>
#include <string>
#include "message.hpp"

namespace mailio
{

class imap
{
public:
    enum class auth_method_t {LOGIN};

    struct mailbox_stat_t
    {
        unsigned long messages_no = 0;
    };

    imap(const std::string& hostname, unsigned port, std::chrono::milliseconds timeout = std::chrono::milliseconds(0));
    virtual ~imap();
    imap(const imap&) = delete;
    imap(imap&&) = delete;
    void operator=(const imap&) = delete;
    void operator=(imap&&) = delete;

    std::string authenticate(const std::string& username, const std::string& password, auth_method_t method);
    mailbox_stat_t select(const std::string& mailbox, bool read_only = false);
    void fetch(const std::string& mailbox, unsigned long message_no, bool is_uid, message& msg, bool header_only = false);
    void fetch(unsigned long message_no, message& msg, bool is_uid = false, bool header_only = false);
    void start_tls(bool is_tls);
};

} // namespace mailio
