//===--- SarifEmitter.cpp - SARIF 2.1.0 -----------------------------------===//
#include "Emitters.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

using nlohmann::ordered_json;

namespace conncheck {
namespace {

constexpr const char *SourceRootId = "%SRCROOT%";

std::string fileUri(llvm::StringRef AbsolutePath, bool IsDirectory) {
  std::string Uri = "file://";
  for (char C : AbsolutePath) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Uri += C;
    else
      Uri += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  if (IsDirectory && !llvm::StringRef(Uri).ends_with("/"))
    Uri += "/";
  return Uri;
}

std::string relativeUri(llvm::StringRef Path) {
  std::string Uri;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Uri += C;
    else
      Uri += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Uri;
}

ordered_json physicalLocation(const SourceSpan &S, llvm::StringRef Root) {
  ordered_json Artifact;
  if (auto Rel = relativePath(S.File, Root)) {
    Artifact["uri"] = relativeUri(*Rel);
    Artifact["uriBaseId"] = SourceRootId;
  } else {
    llvm::SmallString<256> Abs(S.File);
    llvm::sys::fs::make_absolute(Abs);
    Artifact["uri"] = fileUri(Abs, false);
  }
  ordered_json Region;
  Region["startLine"] = S.Line;
  Region["startColumn"] = S.Column;
  Region["endLine"] = S.EndLine ? S.EndLine : S.Line;
  Region["endColumn"] = S.EndColumn ? S.EndColumn : S.Column + 1;
  return {{"artifactLocation", Artifact}, {"region", Region}};
}

ordered_json location(const SourceSpan &S, llvm::StringRef Root,
                      llvm::StringRef Message = {}) {
  ordered_json L{{"physicalLocation", physicalLocation(S, Root)}};
  if (!Message.empty())
    L["message"] = {{"text", Message.str()}};
  return L;
}

/// SARIF wants a rule's friendly name to differ from its id, in Pascal
/// case: conncheck-slow-call-in-transaction -> SlowCallInTransaction.
std::string friendlyName(llvm::StringRef Id) {
  Id.consume_front("conncheck-");
  std::string Name;
  bool Upper = true;
  for (char C : Id) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Name += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  return Name;
}

} // namespace


void emitSarif(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
               const RunInfo &Run) {
  ordered_json Rules = ordered_json::array();
  for (const RuleDescriptor &R : Run.Rules) {
    ordered_json Rule;
    Rule["id"] = R.Id;
    Rule["name"] = friendlyName(R.Id);
    Rule["shortDescription"] = {{"text", R.Description}};
    Rule["fullDescription"] = {{"text", R.Description}};
    Rule["help"] = {{"text", R.Description + ". See " + R.HelpUri}};
    Rule["helpUri"] = R.HelpUri;
    Rule["defaultConfiguration"] = {{"level", "warning"}};
    Rules.push_back(Rule);
  }

  ordered_json Results = ordered_json::array();
  for (const Finding &F : Findings) {
    ordered_json Result;
    Result["ruleId"] = F.CheckId;
    for (size_t I = 0; I < Run.Rules.size(); ++I)
      if (Run.Rules[I].Id == F.CheckId)
        Result["ruleIndex"] = I;
    Result["level"] = "warning";
    Result["message"] = {{"text", F.Message}};
    Result["locations"] = ordered_json::array({location(F.Where, Run.SourceRoot)});

    ordered_json Related = ordered_json::array();
    ordered_json Flow = ordered_json::array();
    Flow.push_back({{"location", location(F.Where, Run.SourceRoot, F.Message)}});
    for (const FindingNote &N : F.Notes) {
      if (!N.Where.valid())
        continue;
      if (N.Role != FindingNote::CallStep) {
        ordered_json L = location(N.Where, Run.SourceRoot, N.Message);
        L["id"] = Related.size();
        Related.push_back(L);
      } else {
        Flow.push_back(
            {{"location", location(N.Where, Run.SourceRoot, N.Message)}});
      }
    }
    if (!Related.empty())
      Result["relatedLocations"] = Related;
    if (Flow.size() > 1)
      Result["codeFlows"] = ordered_json::array(
          {{{"threadFlows", ordered_json::array({{{"locations", Flow}}})}}});
    std::string Rel = relativePath(F.Where.File, Run.SourceRoot).value_or(F.Where.File);
    Result["partialFingerprints"] = {
        {"conncheckFingerprint/v2", stableFingerprint(F, Rel)}};
    Results.push_back(Result);
  }

  ordered_json Notifications = ordered_json::array();
  for (const FailedUnit &U : Run.Failures)
    Notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", U.Reason}}},
         {"locations", ordered_json::array(
                           {location(SourceSpan{U.File, 1, 1, 1, 2},
                                     Run.SourceRoot)})}});
  ordered_json Invocation;
  Invocation["executionSuccessful"] = Run.Failures.empty();
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = Notifications;

  ordered_json Driver;
  Driver["name"] = "conncheck";
  Driver["version"] = Run.ToolVersion;
  Driver["informationUri"] = Run.InformationUri;
  Driver["rules"] = Rules;

  ordered_json RunJson;
  RunJson["tool"] = {{"driver", Driver}};
  RunJson["invocations"] = ordered_json::array({Invocation});
  RunJson["originalUriBaseIds"] = {
      {SourceRootId, {{"uri", fileUri(Run.SourceRoot, true)}}}};
  RunJson["results"] = Results;
  RunJson["columnKind"] = "utf16CodeUnits";

  ordered_json Log;
  Log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  Log["version"] = "2.1.0";
  Log["runs"] = ordered_json::array({RunJson});
  OS << Log.dump(2) << "\n";
}

} // namespace conncheck
