//===--- FactsIO.cpp ------------------------------------------------------===//
#include "FactsIO.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;

namespace conncheck {

static json spanJson(const SourceSpan &S) {
  return {S.File, S.Line, S.Column, S.EndLine, S.EndColumn};
}
static SourceSpan spanFrom(const json &J) {
  return {J.at(0).get<std::string>(), J.at(1).get<unsigned>(),
          J.at(2).get<unsigned>(), J.at(3).get<unsigned>(),
          J.at(4).get<unsigned>()};
}

static json slowJson(const SlowSite &S) {
  return {{"name", S.Name}, {"category", S.Category}, {"at", spanJson(S.Where)}};
}
static SlowSite slowFrom(const json &J) {
  return {J.at("name").get<std::string>(), J.at("category").get<std::string>(),
          spanFrom(J.at("at"))};
}
static json callablesJson(const std::vector<CallableArg> &Callables) {
  json Out = json::array();
  for (const CallableArg &A : Callables)
    Out.push_back({{"param", A.Param}, {"usr", A.Usr}, {"name", A.Name}});
  return Out;
}
static std::vector<CallableArg> callablesFrom(const json &J) {
  std::vector<CallableArg> Out;
  for (const json &A : J)
    Out.push_back({A.at("param").get<unsigned>(), A.at("usr").get<std::string>(),
                   A.at("name").get<std::string>()});
  return Out;
}
static json callsJson(const std::vector<CallSite> &Calls) {
  json Out = json::array();
  for (const CallSite &C : Calls) {
    json J = {{"usr", C.CalleeUsr}, {"name", C.CalleeName}, {"at", spanJson(C.Where)}};
    if (C.Dispatches)
      J["dispatches"] = true;
    if (C.NotSlow)
      J["not-slow"] = true;
    if (!C.Callables.empty())
      J["callables"] = callablesJson(C.Callables);
    Out.push_back(std::move(J));
  }
  return Out;
}
static std::vector<CallSite> callsFrom(const json &J) {
  std::vector<CallSite> Out;
  for (const json &C : J) {
    CallSite Site;
    Site.CalleeUsr = C.at("usr").get<std::string>();
    Site.CalleeName = C.at("name").get<std::string>();
    Site.Where = spanFrom(C.at("at"));
    Site.Dispatches = C.value("dispatches", false);
    Site.NotSlow = C.value("not-slow", false);
    if (C.contains("callables"))
      Site.Callables = callablesFrom(C["callables"]);
    Out.push_back(std::move(Site));
  }
  return Out;
}

static json wrapperJson(const WrapperEffects &W) {
  json J = json::object();
  if (W.Member)
    J["member"] = {{"effect", static_cast<int>(W.Member->Effect)},
                   {"kind", rules::scopeKindName(W.Member->Kind)},
                   {"pooled", W.Member->Pooled}};
  if (!W.ReturnsAcquired.empty())
    J["returns-acquired"] = W.ReturnsAcquired;
  if (W.SqlText) {
    J["sql-text"] = {{"sql-param", W.SqlText->SqlParam}};
    if (W.SqlText->HandleParam)
      J["sql-text"]["handle-param"] = *W.SqlText->HandleParam;
  }
  if (W.ParamScope)
    J["param-scope"] = {{"effect", static_cast<int>(W.ParamScope->Effect)},
                        {"kind", rules::scopeKindName(W.ParamScope->Kind)},
                        {"handle-param", W.ParamScope->HandleParam},
                        {"returns-success", W.ParamScope->ReturnsSuccess}};
  return J;
}
static rules::ScopeKind kindFrom(const json &J) {
  return rules::parseScopeKind(J.get<std::string>())
      .value_or(rules::ScopeKind::Transaction);
}
static enum MemberScopeEffect::Effect effectFrom(const json &J) {
  int E = J.get<int>();
  if (E < MemberScopeEffect::None || E > MemberScopeEffect::Ends)
    throw std::out_of_range("bad wrapper effect " + std::to_string(E));
  return static_cast<enum MemberScopeEffect::Effect>(E);
}
static WrapperEffects wrapperFrom(const json &J) {
  WrapperEffects W;
  if (J.contains("member")) {
    const json &M = J["member"];
    W.Member = MemberScopeEffect{effectFrom(M.at("effect")), kindFrom(M.at("kind")),
                                 M.at("pooled").get<bool>()};
  }
  if (J.contains("returns-acquired"))
    W.ReturnsAcquired = J["returns-acquired"].get<std::string>();
  if (J.contains("sql-text")) {
    const json &S = J["sql-text"];
    W.SqlText = SqlTextWrapper{S.at("sql-param").get<unsigned>(), std::nullopt};
    if (S.contains("handle-param"))
      W.SqlText->HandleParam = S["handle-param"].get<unsigned>();
  }
  if (J.contains("param-scope")) {
    const json &P = J["param-scope"];
    W.ParamScope = ParamScopeEffect{effectFrom(P.at("effect")), kindFrom(P.at("kind")),
                                    P.at("handle-param").get<unsigned>(),
                                    P.at("returns-success").get<bool>()};
  }
  return W;
}

static json findingJson(const Finding &F) {
  json Notes = json::array();
  for (const FindingNote &N : F.Notes)
    Notes.push_back({{"role", N.Role == FindingNote::ScopeBegin ? "scope"
                              : N.Role == FindingNote::CallStep ? "step"
                              : N.Role == FindingNote::ScopeEnd ? "scope-end"
                                                                : "same-cause"},
                     {"at", spanJson(N.Where)},
                     {"message", N.Message}});
  json Conditions = json::array();
  for (const ReleaseCondition &C : F.UnlessReleasedBy)
    Conditions.push_back({{"usr", C.Usr}, {"param", C.Param}});
  return {{"check", F.CheckId},        {"at", spanJson(F.Where)},
          {"message", F.Message},      {"function", F.Function},
          {"notes", std::move(Notes)}, {"unless-released-by", std::move(Conditions)},
          {"only-if-throws", F.OnlyIfThrows}, {"unless-slow", F.UnlessSlow},
          {"via", F.Via}, {"held", F.Held}};
}
static Finding findingFrom(const json &J) {
  Finding F;
  F.CheckId = J.at("check").get<std::string>();
  F.Where = spanFrom(J.at("at"));
  F.Message = J.at("message").get<std::string>();
  F.Function = J.at("function").get<std::string>();
  for (const json &N : J.at("notes")) {
    std::string Role = N.at("role").get<std::string>();
    F.Notes.push_back({Role == "scope"       ? FindingNote::ScopeBegin
                       : Role == "step"      ? FindingNote::CallStep
                       : Role == "scope-end" ? FindingNote::ScopeEnd
                                             : FindingNote::SameCause,
                       spanFrom(N.at("at")), N.at("message").get<std::string>()});
  }
  for (const json &C : J.at("unless-released-by"))
    F.UnlessReleasedBy.push_back(
        {C.at("usr").get<std::string>(), C.at("param").get<unsigned>()});
  F.OnlyIfThrows = J.at("only-if-throws").get<std::vector<std::string>>();
  F.UnlessSlow = J.at("unless-slow").get<std::vector<std::string>>();
  F.Via = J.at("via").get<std::string>();
  F.Held = J.value("held", std::string()); // absent before conncheck 0.2
  return F;
}

void writeUnitFacts(llvm::raw_ostream &OS, const UnitFacts &Unit) {
  json Doc;
  Doc["conncheck-facts"] = FactsFormatVersion;
  Doc["file"] = Unit.File;
  if (Unit.Failure)
    Doc["failure"] = *Unit.Failure;
  json &Findings = Doc["findings"] = json::array();
  for (const Finding &F : Unit.Findings)
    Findings.push_back(findingJson(F));
  json &Pending = Doc["pending"] = json::array();
  for (const PendingSlowCall &P : Unit.Pending)
  {
    json J = {{"finding", findingJson(P.Partial)},
              {"held", P.HeldPhrase},
              {"callee-usr", P.CalleeUsr},
              {"callee", P.CalleeName}};
    if (P.ScopeParam)
      J["scope-param"] = *P.ScopeParam;
    if (P.EndAtCall)
      J["end-at-call"] = {{"at", spanJson(P.EndAtCall->Where)},
                          {"message", P.EndAtCall->Message}};
    if (P.Dispatches)
      J["dispatches"] = true;
    if (P.HeldLock)
      J["held-lock"] = true;
    if (!P.PoolUsr.empty()) {
      J["pool-usr"] = P.PoolUsr;
      J["pool"] = P.PoolName;
    }
    if (!P.Callables.empty())
      J["callables"] = callablesJson(P.Callables);
    Pending.push_back(std::move(J));
  }
  json &Functions = Doc["functions"] = json::array();
  for (const FunctionSummary &S : Unit.Functions) {
    json Fn = {{"usr", S.Usr}, {"name", S.Name}};
    if (S.Slow)
      Fn["slow"] = slowJson(*S.Slow);
    if (S.ParamLockWait)
      Fn["param-lock-wait"] = slowJson(*S.ParamLockWait);
    Fn["calls"] = callsJson(S.Calls);
    Fn["releases-params"] = S.ReleasesParams;
    Fn["throws"] = S.Throws;
    json &Ends = Fn["ends-scopes"] = json::array();
    for (const FunctionSummary::ScopeEnd &E : S.EndsScopes) {
      json End = {{"param", E.Param}};
      if (E.Slow)
        End["slow"] = slowJson(*E.Slow);
      End["calls"] = callsJson(E.Calls);
      Ends.push_back(std::move(End));
    }
    json &Forwards = Fn["forwards"] = json::array();
    for (const ParamForward &F : S.Forwards)
      Forwards.push_back(
          {{"param", F.Param}, {"usr", F.CalleeUsr}, {"callee-param", F.CalleeParam}});
    if (!S.Wrapper.empty())
      Fn["wrapper"] = wrapperJson(S.Wrapper);
    if (!S.Acquires.empty()) {
      json &Acquires = Fn["acquires"] = json::array();
      for (const PoolAcquire &A : S.Acquires)
        Acquires.push_back({{"pool-usr", A.PoolUsr}, {"site", slowJson(A.Site)}});
    }
    if (!S.Overrides.empty())
      Fn["overrides"] = S.Overrides;
    if (S.NotSlow)
      Fn["not-slow"] = true;
    if (!S.RunsCallables.empty())
      Fn["runs-callables"] = S.RunsCallables;
    Functions.push_back(std::move(Fn));
  }
  Doc["asked-wrappers"] = Unit.AskedWrappers;
  Doc["imports-key"] = Unit.ImportsKey;
  if (!Unit.OverBudget.empty())
    Doc["over-budget"] = Unit.OverBudget;
  OS << Doc.dump(1) << "\n";
}

llvm::Expected<UnitFacts> parseUnitFacts(llvm::StringRef Text,
                                         llvm::StringRef File) {
  auto Fail = [&](const llvm::Twine &What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   File + ": not a conncheck facts file: " + What);
  };
  try {
    json Doc = json::parse(Text.begin(), Text.end());
    if (!Doc.is_object() || !Doc.contains("conncheck-facts"))
      return Fail("no 'conncheck-facts' version");
    unsigned Version = Doc["conncheck-facts"].get<unsigned>();
    if (Version != FactsFormatVersion)
      return Fail("format version " + llvm::Twine(Version) + ", this conncheck reads " +
                  llvm::Twine(FactsFormatVersion) + " (re-run the per-file step)");
    UnitFacts U;
    U.File = Doc.at("file").get<std::string>();
    if (Doc.contains("failure"))
      U.Failure = Doc["failure"].get<std::string>();
    for (const json &F : Doc.at("findings"))
      U.Findings.push_back(findingFrom(F));
    for (const json &P : Doc.at("pending"))
    {
      PendingSlowCall Call;
      Call.Partial = findingFrom(P.at("finding"));
      Call.HeldPhrase = P.at("held").get<std::string>();
      Call.CalleeUsr = P.at("callee-usr").get<std::string>();
      Call.CalleeName = P.at("callee").get<std::string>();
      if (P.contains("scope-param"))
        Call.ScopeParam = P["scope-param"].get<unsigned>();
      if (P.contains("end-at-call"))
        Call.EndAtCall = FindingNote{FindingNote::ScopeEnd,
                                     spanFrom(P["end-at-call"].at("at")),
                                     P["end-at-call"].at("message").get<std::string>()};
      Call.Dispatches = P.value("dispatches", false);
      Call.HeldLock = P.value("held-lock", false);
      Call.PoolUsr = P.value("pool-usr", std::string());
      Call.PoolName = P.value("pool", std::string());
      if (P.contains("callables"))
        Call.Callables = callablesFrom(P["callables"]);
      U.Pending.push_back(std::move(Call));
    }
    for (const json &Fn : Doc.at("functions")) {
      FunctionSummary S;
      S.Usr = Fn.at("usr").get<std::string>();
      S.Name = Fn.at("name").get<std::string>();
      if (Fn.contains("slow"))
        S.Slow = slowFrom(Fn["slow"]);
      if (Fn.contains("param-lock-wait"))
        S.ParamLockWait = slowFrom(Fn["param-lock-wait"]);
      S.Calls = callsFrom(Fn.at("calls"));
      S.ReleasesParams = Fn.at("releases-params").get<std::vector<unsigned>>();
      S.Throws = Fn.at("throws").get<bool>();
      for (const json &End : Fn.at("ends-scopes")) {
        FunctionSummary::ScopeEnd E;
        E.Param = End.at("param").get<unsigned>();
        if (End.contains("slow"))
          E.Slow = slowFrom(End["slow"]);
        E.Calls = callsFrom(End.at("calls"));
        S.EndsScopes.push_back(std::move(E));
      }
      for (const json &F : Fn.at("forwards"))
        S.Forwards.push_back({F.at("param").get<unsigned>(),
                              F.at("usr").get<std::string>(),
                              F.at("callee-param").get<unsigned>()});
      if (Fn.contains("wrapper"))
        S.Wrapper = wrapperFrom(Fn["wrapper"]);
      if (Fn.contains("acquires"))
        for (const json &A : Fn["acquires"])
          S.Acquires.push_back({A.at("pool-usr").get<std::string>(),
                                slowFrom(A.at("site"))});
      S.NotSlow = Fn.value("not-slow", false);
      if (Fn.contains("overrides"))
        S.Overrides = Fn["overrides"].get<std::vector<std::string>>();
      if (Fn.contains("runs-callables"))
        S.RunsCallables = Fn["runs-callables"].get<std::vector<unsigned>>();
      U.Functions.push_back(std::move(S));
    }
    U.AskedWrappers = Doc.at("asked-wrappers").get<std::vector<std::string>>();
    U.ImportsKey = Doc.at("imports-key").get<std::string>();
    if (Doc.contains("over-budget")) // absent when none was
      U.OverBudget = Doc["over-budget"].get<std::vector<std::string>>();
    return U;
  } catch (const std::exception &E) { // json errors, a bad effect
    return Fail(E.what());
  }
}

std::string factsPathFor(llvm::StringRef Dir, llvm::StringRef MainFile) {
  // Readable, and unique for two files of the same name in different
  // directories.
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(
      Path, llvm::sys::path::filename(MainFile) + "." +
                llvm::utohexstr(llvm::xxh3_64bits(MainFile), /*LowerCase=*/true) +
                ".facts.json");
  return std::string(Path);
}

llvm::Error saveUnitFacts(llvm::StringRef Dir, const UnitFacts &Unit) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create facts directory '" + Dir +
                                           "': " + EC.message());
  std::string Path = factsPathFor(Dir, Unit.File);
  if (auto Err = llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) {
        writeUnitFacts(OS, Unit);
        return llvm::Error::success();
      }))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot write '" + Path +
                                       "': " + llvm::toString(std::move(Err)));
  return llvm::Error::success();
}

llvm::Expected<std::vector<UnitFacts>> loadFactsDirectory(llvm::StringRef Dir) {
  if (!llvm::sys::fs::is_directory(Dir))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no facts directory '" + Dir + "'");
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".facts.json"))
      Files.push_back(It->path());
  if (EC)
    return llvm::createStringError(EC, "cannot read facts directory '" + Dir +
                                           "': " + EC.message());
  llvm::sort(Files);
  std::vector<UnitFacts> Units;
  for (const std::string &F : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(F, /*IsText=*/true);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(),
                                     F + ": cannot read: " +
                                         Buffer.getError().message());
    auto Unit = parseUnitFacts((*Buffer)->getBuffer(), F);
    if (!Unit)
      return Unit.takeError();
    Units.push_back(std::move(*Unit));
  }
  return Units;
}

} // namespace conncheck
