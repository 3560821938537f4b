// Stub mirroring karastojko/mailio include/mailio/smtp.hpp at
// commit 8b056f853dd667ebfc49b7b140d0f0639d526e26 (after 0.26.0), reduced to what conncheck's tests use. The constructor connects to
// the server and reads its greeting (src/smtp.cpp: dlg_->connect()).
#pragma once

#include <chrono>
#include <string>
#include "message.hpp"

namespace mailio
{

class smtp
{
public:
    enum class auth_method_t {NONE, LOGIN};

    smtp(const std::string& hostname, unsigned port, std::chrono::milliseconds timeout = std::chrono::milliseconds(0));
    virtual ~smtp();
    smtp(const smtp&) = delete;
    smtp(smtp&&) = delete;
    void operator=(const smtp&) = delete;
    void operator=(smtp&&) = delete;

    std::string authenticate(const std::string& username, const std::string& password, auth_method_t method);
    std::string submit(const message& msg);
    void source_hostname(const std::string& src_host);
    std::string source_hostname() const;
    void start_tls(bool is_tls);
};

class smtps : public smtp
{
public:
    enum class auth_method_t {NONE, LOGIN, START_TLS};

    smtps(const std::string& hostname, unsigned port, std::chrono::milliseconds timeout = std::chrono::milliseconds(0));
    ~smtps() = default;
    smtps(const smtps&) = delete;
    smtps(smtps&&) = delete;
    void operator=(const smtps&) = delete;
    void operator=(smtps&&) = delete;

    std::string authenticate(const std::string& username, const std::string& password, auth_method_t method);
};

} // namespace mailio
