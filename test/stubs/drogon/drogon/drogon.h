// conncheck test stub.
// Mirrors: drogonframework/drogon  lib/inc/drogon/drogon.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Umbrella header; only the stubbed headers are included (the real one includes ~30 headers).
#pragma once

#include <trantor/net/EventLoop.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpClient.h>
#include <drogon/orm/DbClient.h>
