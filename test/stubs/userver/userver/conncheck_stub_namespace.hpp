// conncheck test stub -- NOT a userver header (no file of this name exists in userver).
//
// In a real build userver's namespace macros are not defined by any header: they are compile
// definitions added by CMake (userver-framework/userver universal/CMakeLists.txt @ v2.4, commit
// a23d316f9793be631eccec22752eb4ce7a9c90bf, lines 162-172, with USERVER_VERSION_STR from cmake/GetUserverVersion.cmake):
//   USERVER_NAMESPACE        = userver
//   USERVER_NAMESPACE_BEGIN  = namespace userver { inline namespace v2_4 {
//   USERVER_NAMESPACE_END    = } }
// (the inline namespace is "v" + USERVER_MAJOR_VERSION + "_" + USERVER_MINOR_VERSION; v2.0 .. v2.4 all do this).
// So e.g. the fully qualified name of Cluster::Begin is userver::v2_4::storages::postgres::Cluster::Begin,
// written in user code as userver::storages::postgres::Cluster::Begin (or USERVER_NAMESPACE::...).
//
// Every stub header includes this file first so the stubs work without -D flags; the #ifndef guards let a
// test override the values with -DUSERVER_NAMESPACE=... -DUSERVER_NAMESPACE_BEGIN=... -DUSERVER_NAMESPACE_END=...
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#endif

#ifndef USERVER_NAMESPACE_BEGIN
#define USERVER_NAMESPACE_BEGIN \
  namespace userver {           \
  inline namespace v2_4 {
#endif

#ifndef USERVER_NAMESPACE_END
#define USERVER_NAMESPACE_END \
  }                           \
  }
#endif

#ifndef USERVER
#define USERVER 1
#endif
