//===--- RulePack.cpp - loading and validating rule packs -----------------===//
#include "RulePack.h"
#include "JsonPositions.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <tuple>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace conncheck {
namespace rules {

//===-- NamePattern -------------------------------------------------------===//

llvm::Expected<NamePattern> NamePattern::create(llvm::StringRef Text) {
  Text.consume_front("::");
  auto Compiled = std::make_shared<CompiledPattern>();
  Compiled->Text = Text.str();
  // Brace alternatives ({Get,Post}) expand to sub-patterns; bound them.
  auto Glob = llvm::GlobPattern::create(Compiled->Text, /*MaxSubPatterns=*/1024);
  if (!Glob)
    return Glob.takeError();
  Compiled->Glob.emplace(std::move(*Glob));
  NamePattern P;
  P.Compiled = std::move(Compiled);
  return P;
}

bool NamePattern::matches(llvm::StringRef QualifiedName) const {
  return Compiled && Compiled->Glob->match(QualifiedName);
}

//===-- Categories --------------------------------------------------------===//

static constexpr std::pair<SlowCategory, const char *> CategoryNames[] = {
    {SlowCategory::Http, "http"},       {SlowCategory::Sleep, "sleep"},
    {SlowCategory::Storage, "storage"}, {SlowCategory::Rpc, "rpc"},
    {SlowCategory::Mail, "mail"},       {SlowCategory::Wait, "wait"},
    {SlowCategory::Io, "io"},
};

static constexpr std::pair<ScopeKind, const char *> ScopeKindNames[] = {
    {ScopeKind::Transaction, "transaction"},
    {ScopeKind::Lease, "lease"},
    {ScopeKind::Lock, "lock"},
};

llvm::StringRef scopeKindName(ScopeKind K) {
  for (const auto &[Kind, Name] : ScopeKindNames)
    if (Kind == K)
      return Name;
  return "transaction";
}

std::optional<ScopeKind> parseScopeKind(llvm::StringRef Name) {
  for (const auto &[Kind, N] : ScopeKindNames)
    if (Name == N)
      return Kind;
  return std::nullopt;
}

llvm::StringRef categoryName(SlowCategory C) {
  for (const auto &[Cat, Name] : CategoryNames)
    if (Cat == C)
      return Name;
  return "wait";
}

std::optional<SlowCategory> parseCategory(llvm::StringRef Name) {
  for (const auto &[Cat, N] : CategoryNames)
    if (Name == N)
      return Cat;
  return std::nullopt;
}

//===-- SQL text ----------------------------------------------------------===//

/// Upper-cased words of one statement, comments and quoting ignored: enough
/// to tell transaction control from everything else.
static std::vector<std::string> leadingWords(llvm::StringRef Stmt,
                                             unsigned Max) {
  std::vector<std::string> Words;
  std::string Current;
  for (char C : Stmt) {
    if (llvm::isAlpha(C) || C == '_') {
      Current += llvm::toUpper(C);
      continue;
    }
    if (!Current.empty()) {
      Words.push_back(Current);
      Current.clear();
      if (Words.size() == Max)
        return Words;
    }
    if (!llvm::isSpace(C))
      break; // punctuation: the keywords we look for are over
  }
  if (!Current.empty() && Words.size() < Max)
    Words.push_back(Current);
  return Words;
}

static SqlEffect classifyStatement(llvm::StringRef Stmt) {
  // Drop leading "-- comment" lines.
  Stmt = Stmt.ltrim();
  while (Stmt.starts_with("--")) {
    Stmt = Stmt.drop_until([](char C) { return C == '\n'; }).ltrim();
  }
  std::vector<std::string> W = leadingWords(Stmt, 5);
  // COMMIT [WORK] AND CHAIN, ROLLBACK AND CHAIN: a new one begins at once.
  bool Chains = llvm::is_contained(W, "CHAIN") && !llvm::is_contained(W, "NO");
  if (W.empty())
    return SqlEffect::None;
  const std::string &First = W[0];
  if (First == "BEGIN")
    return SqlEffect::Begin;
  if (First == "START" && W.size() > 1 && W[1] == "TRANSACTION")
    return SqlEffect::Begin;
  if (First == "COMMIT")
    return (W.size() > 1 && W[1] == "PREPARED") ? SqlEffect::None
           : Chains                             ? SqlEffect::Restart
                                                : SqlEffect::End;
  if (First == "END" || First == "ABORT")
    return SqlEffect::End;
  if (First == "PREPARE" && W.size() > 1 && W[1] == "TRANSACTION")
    return SqlEffect::End;
  if (First == "ROLLBACK") {
    // ROLLBACK TO [SAVEPOINT] x and ROLLBACK TRANSACTION TO x keep the
    // transaction open; ROLLBACK PREPARED acts on another one.
    bool ToSavepoint = llvm::is_contained(W, "TO");
    bool Prepared = W.size() > 1 && W[1] == "PREPARED";
    if (ToSavepoint || Prepared)
      return SqlEffect::None;
    return Chains ? SqlEffect::Restart : SqlEffect::End;
  }
  return SqlEffect::None;
}

unsigned categoryRank(SlowCategory C) {
  switch (C) {
  case SlowCategory::Sleep:
    return 1;
  case SlowCategory::Wait:
    return 2;
  case SlowCategory::Io:
    return 3;
  default:
    return 0;
  }
}

unsigned categoryRank(llvm::StringRef Name) {
  std::optional<SlowCategory> C = parseCategory(Name);
  return C ? categoryRank(*C) : 2;
}

SqlEffect classifySql(llvm::StringRef Sql) {
  // A multi-statement string: the last transaction-control statement wins.
  SqlEffect Net = SqlEffect::None;
  llvm::SmallVector<llvm::StringRef, 4> Statements;
  Sql.split(Statements, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef S : Statements) {
    SqlEffect E = classifyStatement(S);
    if (E != SqlEffect::None)
      Net = E;
  }
  return Net;
}

//===-- What a pack holds -------------------------------------------------===//

namespace {
/// A row of sectionCounts(): how to count one kind of entry.
struct SectionTally {
  const char *Section, *Entry, *Entries;
  size_t (*Count)(const RulePack &);
};

template <typename Rule>
size_t countOfKind(const std::vector<Rule> &Rules, ScopeKind Kind) {
  return llvm::count_if(Rules, [&](const Rule &R) { return R.Kind == Kind; });
}

size_t countWorkers(const RulePack &P, WorkerRule::WorkerKind Kind) {
  return llvm::count_if(P.Workers,
                        [&](const WorkerRule &R) { return R.Kind == Kind; });
}

using SK = ScopeKind;
/// One row per section (or per kind of entry of a section that has several),
/// in the order of docs/rule-packs.md.
const SectionTally Tallies[] = {
    {"transactions", "raii-type", "raii-types",
     [](const RulePack &P) { return countOfKind(P.RaiiTypes, SK::Transaction); }},
    {"transactions", "call-pair", "call-pairs",
     [](const RulePack &P) { return countOfKind(P.CallPairs, SK::Transaction); }},
    {"transactions", "sql-text", "sql-text",
     [](const RulePack &P) { return P.SqlText.size(); }},
    {"transactions", "acquire-call", "acquire-calls",
     [](const RulePack &P) { return countOfKind(P.Acquires, SK::Transaction); }},
    {"transactions", "callable-scope", "callable-scopes",
     [](const RulePack &P) { return countOfKind(P.CallableScopes, SK::Transaction); }},
    {"leases", "raii-type", "raii-types",
     [](const RulePack &P) { return countOfKind(P.RaiiTypes, SK::Lease); }},
    {"leases", "acquire-call", "acquire-calls",
     [](const RulePack &P) { return countOfKind(P.Acquires, SK::Lease); }},
    {"leases", "call-pair", "call-pairs",
     [](const RulePack &P) { return countOfKind(P.CallPairs, SK::Lease); }},
    {"leases", "callable-scope", "callable-scopes",
     [](const RulePack &P) { return countOfKind(P.CallableScopes, SK::Lease); }},
    {"locks", "raii-type", "raii-types",
     [](const RulePack &P) { return countOfKind(P.RaiiTypes, SK::Lock); }},
    {"locks", "call-pair", "call-pairs",
     [](const RulePack &P) { return countOfKind(P.CallPairs, SK::Lock); }},
    {"pool-sizes", "", "",
     [](const RulePack &P) { return P.PoolSizes.size(); }},
    {"workers", "thread", "threads",
     [](const RulePack &P) { return countWorkers(P, WorkerRule::Thread); }},
    {"workers", "thread-pool", "thread-pools",
     [](const RulePack &P) { return countWorkers(P, WorkerRule::ThreadPool); }},
    {"slow-calls", "", "",
     [](const RulePack &P) { return P.SlowCalls.size(); }},
    {"database-calls", "", "",
     [](const RulePack &P) { return P.DatabaseCalls.size(); }},
    {"throwing-calls", "", "",
     [](const RulePack &P) { return P.ThrowingCalls.size(); }},
    {"not-slow", "", "",
     [](const RulePack &P) { return P.NotSlow.size(); }},
};
} // namespace

std::vector<SectionCount> sectionCounts(const RulePack &Pack) {
  std::vector<SectionCount> Out;
  for (const SectionTally &T : Tallies)
    Out.push_back({T.Section, T.Entry, T.Entries, T.Count(Pack)});
  return Out;
}

//===-- Loading -----------------------------------------------------------===//

namespace {

/// One mistake in a pack. Kept apart, with its position, until the whole
/// pack is read: an author fixes every mistake in one go, listed in the
/// order of the file, instead of one per run.
class PackError : public llvm::ErrorInfo<PackError> {
public:
  static char ID;
  PackError(std::string File, TextPosition At, std::string Message)
      : File(std::move(File)), At(At), Message(std::move(Message)) {}
  void log(llvm::raw_ostream &OS) const override {
    OS << File << ":" << At.Line << ":" << At.Column << ": " << Message;
  }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }
  std::string File;
  TextPosition At;
  std::string Message;
};
char PackError::ID;

/// Reads one pack, turning every schema violation into an error that names
/// the file and the line:column of the offending key. Each section, and each
/// entry of a section, is read on its own: a mistake stops only the entry it
/// is in, and every mistake of the pack is reported together.
class PackReader {
public:
  PackReader(llvm::StringRef Text, llvm::StringRef File)
      : Text(Text), File(File.str()) {}

  llvm::Expected<RulePack> read() {
    json Root;
    try {
      Root = json::parse(Text.begin(), Text.end());
    } catch (const json::parse_error &E) {
      return syntaxError(E);
    } catch (const json::exception &E) {
      // A number too large for any JSON number type: nlohmann reports it
      // as out_of_range, without a position.
      return valueError(E);
    }
    Positions.emplace(Text);
    RulePack Pack;
    Pack.File = File;
    if (!Root.is_object())
      return error("", "a rule pack must be a JSON object");
    report(checkKeys(Root, "", {"$schema", "pack", "description",
                                "transactions", "leases", "locks",
                                "pool-sizes", "workers", "slow-calls",
                                "database-calls", "throwing-calls",
                                "not-slow"}));
    report(requireString(Root, "", "pack", Pack.Name));
    if (Root.contains("description"))
      report(requireString(Root, "", "description", Pack.Description));
    if (Root.contains("transactions"))
      report(readScopes(Root["transactions"], "/transactions",
                        ScopeKind::Transaction, Pack));
    if (Root.contains("leases"))
      report(readScopes(Root["leases"], "/leases", ScopeKind::Lease, Pack));
    if (Root.contains("locks"))
      report(readScopes(Root["locks"], "/locks", ScopeKind::Lock, Pack));
    if (Root.contains("pool-sizes"))
      report(readPoolSizes(Root["pool-sizes"], "/pool-sizes", Pack));
    if (Root.contains("workers"))
      report(readWorkers(Root["workers"], "/workers", Pack));
    if (Root.contains("slow-calls"))
      report(readSlowCalls(Root["slow-calls"], "/slow-calls", Pack));
    if (Root.contains("database-calls"))
      report(readCallLists(Root["database-calls"], "/database-calls",
                           /*AllowThrows=*/true, Pack.DatabaseCalls));
    if (Root.contains("throwing-calls"))
      report(readCallLists(Root["throwing-calls"], "/throwing-calls",
                           /*AllowThrows=*/false, Pack.ThrowingCalls));
    if (Root.contains("not-slow"))
      report(readCallLists(Root["not-slow"], "/not-slow",
                           /*AllowThrows=*/false, Pack.NotSlow));
    // No half-loaded packs: a pack with any mistake is rejected whole.
    if (!Found.empty())
      return takeErrors();
    Pack.Patterns = std::move(Sites);
    return Pack;
  }

private:
  llvm::StringRef Text;
  std::string File;
  std::optional<JsonPositions> Positions;
  /// The mistakes found so far. The readers are const (they only fill the
  /// pack they are handed); what they report is the reader's log, not its
  /// state.
  mutable std::vector<std::unique_ptr<PackError>> Found;
  /// Every pattern read, with where it is written: pattern() is the one place
  /// patterns are made, whatever key they are under.
  mutable std::vector<PatternSite> Sites;

  /// Records \p Err (which may hold several mistakes, or none) and lets the
  /// caller go on reading.
  void report(llvm::Error Err) const {
    llvm::handleAllErrors(
        std::move(Err),
        [&](std::unique_ptr<PackError> E) { Found.push_back(std::move(E)); },
        [&](const llvm::ErrorInfoBase &E) {
          // Not made by error(): no position of its own.
          Found.push_back(
              std::make_unique<PackError>(File, TextPosition(), E.message()));
        });
  }

  /// Every mistake reported, in the order of the file.
  llvm::Error takeErrors() {
    llvm::stable_sort(Found, [](const std::unique_ptr<PackError> &A,
                                const std::unique_ptr<PackError> &B) {
      return std::tie(A->At.Line, A->At.Column) <
             std::tie(B->At.Line, B->At.Column);
    });
    llvm::Error All = llvm::Error::success();
    for (std::unique_ptr<PackError> &E : Found)
      All = llvm::joinErrors(std::move(All), llvm::Error(std::move(E)));
    Found.clear();
    return All;
  }

  RuleOrigin originOf(const std::string &Pointer) const {
    TextPosition P = Positions->lookup(Pointer);
    return RuleOrigin{File, P.Line, P.Column};
  }

  llvm::Error error(const std::string &Pointer, const llvm::Twine &Msg) const {
    TextPosition P = Positions ? Positions->lookup(Pointer) : TextPosition();
    return llvm::make_error<PackError>(File, P, Msg.str());
  }

  llvm::Error syntaxError(const json::parse_error &E) const {
    // nlohmann's message is "[json.exception...] parse error at line L,
    // column C: <what>"; keep <what> and compute L:C ourselves.
    llvm::StringRef What(E.what());
    size_t Colon = What.find(": ", What.find("column"));
    if (Colon != llvm::StringRef::npos)
      What = What.drop_front(Colon + 2);
    size_t Offset = E.byte > 0 ? E.byte - 1 : 0;
    TextPosition P = JsonPositions::positionOfOffset(Text, Offset);
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        llvm::formatv("{0}:{1}:{2}: invalid JSON: {3}", File, P.Line, P.Column,
                      What)
            .str());
  }

  llvm::Error valueError(const json::exception &E) const {
    // "[json.exception.out_of_range.406] number overflow parsing '123...'"
    llvm::StringRef What(E.what());
    What = What.drop_front(std::min(What.find("] ") + 2, What.size()));
    // Point at the offending literal when it can be found.
    TextPosition P{1, 1};
    size_t Quote = What.find('\'');
    if (Quote != llvm::StringRef::npos) {
      llvm::StringRef Literal = What.drop_front(Quote + 1).rtrim('\'');
      if (size_t At = Text.find(Literal); At != llvm::StringRef::npos)
        P = JsonPositions::positionOfOffset(Text, At);
    }
    std::string Shown = What.str();
    if (Shown.size() > 80)
      Shown = Shown.substr(0, 77) + "...";
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        llvm::formatv("{0}:{1}:{2}: invalid JSON: {3}", File, P.Line, P.Column,
                      Shown)
            .str());
  }

  static std::string child(const std::string &Pointer, llvm::StringRef Key) {
    return Pointer + "/" + escapePointerToken(Key);
  }

  llvm::Error checkKeys(const json &Obj, const std::string &Pointer,
                        std::initializer_list<llvm::StringRef> Allowed) const {
    // Every unknown key of the object, not only the first.
    llvm::Error Unknown = llvm::Error::success();
    for (auto It = Obj.begin(); It != Obj.end(); ++It) {
      if (llvm::is_contained(Allowed, llvm::StringRef(It.key())))
        continue;
      Unknown = llvm::joinErrors(
          std::move(Unknown),
          error(child(Pointer, It.key()),
                "unknown key '" + It.key() + "'; expected one of: " +
                    llvm::join(Allowed.begin(), Allowed.end(), ", ")));
    }
    return Unknown;
  }

  llvm::Error requireObject(const json &V, const std::string &Pointer) const {
    if (!V.is_object())
      return error(Pointer, "expected an object");
    return llvm::Error::success();
  }

  llvm::Error requireString(const json &Obj, const std::string &Pointer,
                            llvm::StringRef Key, std::string &Out) const {
    auto It = Obj.find(Key.str());
    if (It == Obj.end())
      return error(Pointer, "missing required key '" + Key + "'");
    if (!It->is_string() || It->get<std::string>().empty())
      return error(child(Pointer, Key),
                   "'" + Key + "' must be a non-empty string");
    Out = It->get<std::string>();
    return llvm::Error::success();
  }

  llvm::Error readUnsigned(const json &Obj, const std::string &Pointer,
                           llvm::StringRef Key,
                           std::optional<unsigned> &Out) const {
    auto It = Obj.find(Key.str());
    if (It == Obj.end())
      return llvm::Error::success();
    if (!It->is_number_unsigned() || It->get<uint64_t>() > 64)
      return error(child(Pointer, Key),
                   "'" + Key + "' must be an argument index from 0 to 64");
    Out = It->get<unsigned>();
    return llvm::Error::success();
  }

  llvm::Error readBool(const json &Obj, const std::string &Pointer,
                       llvm::StringRef Key, bool &Out) const {
    auto It = Obj.find(Key.str());
    if (It == Obj.end())
      return llvm::Error::success();
    if (!It->is_boolean())
      return error(child(Pointer, Key), "'" + Key + "' must be true or false");
    Out = It->get<bool>();
    return llvm::Error::success();
  }

  llvm::Expected<NamePattern> pattern(const json &V,
                                      const std::string &Pointer) const {
    if (!V.is_string() || V.get<std::string>().empty())
      return error(Pointer, "expected a qualified-name pattern (a string)");
    auto P = NamePattern::create(V.get<std::string>());
    if (!P)
      return error(Pointer, "invalid name pattern '" + V.get<std::string>() +
                                "': " + llvm::toString(P.takeError()));
    Sites.push_back({*P, originOf(Pointer)});
    return P;
  }

  llvm::Error patternList(const json &Obj, const std::string &Pointer,
                          llvm::StringRef Key, bool Required,
                          std::vector<NamePattern> &Out) const {
    auto It = Obj.find(Key.str());
    if (It == Obj.end())
      return Required ? error(Pointer, "missing required key '" + Key + "'")
                      : llvm::Error::success();
    std::string ListPtr = child(Pointer, Key);
    if (!It->is_array() || (Required && It->empty()))
      return error(ListPtr, "'" + Key +
                                "' must be a non-empty array of name patterns");
    for (size_t I = 0; I < It->size(); ++I) {
      auto P = pattern((*It)[I], ListPtr + "/" + std::to_string(I));
      if (!P)
        return P.takeError();
      Out.push_back(std::move(*P));
    }
    return llvm::Error::success();
  }

  template <typename Fn>
  llvm::Error forEachEntry(const json &V, const std::string &Pointer,
                           Fn &&ReadEntry) const {
    if (!V.is_array())
      return error(Pointer, "expected an array");
    // A mistake stops only its own entry: the next ones are still read, so
    // that their mistakes are reported too.
    for (size_t I = 0; I < V.size(); ++I) {
      std::string EntryPtr = Pointer + "/" + std::to_string(I);
      if (auto Err = requireObject(V[I], EntryPtr)) {
        report(std::move(Err));
        continue;
      }
      report(ReadEntry(V[I], EntryPtr));
    }
    return llvm::Error::success();
  }

  llvm::Error readScopes(const json &V, const std::string &Pointer,
                         ScopeKind Kind, RulePack &Pack) const {
    if (auto Err = requireObject(V, Pointer))
      return Err;
    // An unknown key is reported, and the lists that are known still read.
    if (Kind == ScopeKind::Transaction)
      report(checkKeys(V, Pointer, {"raii-types", "call-pairs", "sql-text",
                                    "acquire-calls", "callable-scopes"}));
    else if (Kind == ScopeKind::Lock)
      report(checkKeys(V, Pointer, {"raii-types", "call-pairs"}));
    else
      report(checkKeys(V, Pointer, {"raii-types", "call-pairs",
                                    "acquire-calls", "callable-scopes"}));
    if (V.contains("acquire-calls"))
      report(forEachEntry(
          V["acquire-calls"], child(Pointer, "acquire-calls"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            return readAcquire(E, P, Kind, Pack);
          }));
    if (V.contains("callable-scopes"))
      report(forEachEntry(
          V["callable-scopes"], child(Pointer, "callable-scopes"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            return readCallableScope(E, P, Kind, Pack);
          }));
    if (V.contains("raii-types"))
      report(forEachEntry(
          V["raii-types"], child(Pointer, "raii-types"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            return readRaiiType(E, P, Kind, Pack);
          }));
    if (V.contains("call-pairs"))
      report(forEachEntry(
          V["call-pairs"], child(Pointer, "call-pairs"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            return readCallPair(E, P, Kind, Pack);
          }));
    if (V.contains("sql-text"))
      report(forEachEntry(
          V["sql-text"], child(Pointer, "sql-text"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            return readSqlText(E, P, Pack);
          }));
    return llvm::Error::success();
  }

  llvm::Error readRaiiType(const json &E, const std::string &P, ScopeKind Kind,
                           RulePack &Pack) const {
    // Only a lock can guard the connection.
    if (auto Err =
            Kind == ScopeKind::Lock
                ? checkKeys(E, P, {"type", "subclasses", "end-calls",
                                   "constructed-from", "except",
                                   "empty-when-default-constructed",
                                   "constructor-tags", "begin-calls",
                                   "try-begin-calls", "owns-calls", "objects",
                                   "guards-connection"})
                : checkKeys(E, P, {"type", "subclasses", "end-calls",
                                   "constructed-from", "except",
                                   "empty-when-default-constructed",
                                   "constructor-tags", "begin-calls",
                                   "try-begin-calls", "owns-calls", "objects"}))
      return Err;
    if (!E.contains("type"))
      return error(P, "missing required key 'type'");
    auto Type = pattern(E["type"], child(P, "type"));
    if (!Type)
      return Type.takeError();
    RaiiTypeRule R;
    R.Kind = Kind;
    R.Type = std::move(*Type);
    R.Origin = originOf(P);
    if (auto Err = readConstructorTags(E, P, R.ConstructorTags))
      return Err;
    if (auto Err = patternList(E, P, "begin-calls", false, R.BeginCalls))
      return Err;
    if (auto Err = patternList(E, P, "try-begin-calls", false, R.TryBeginCalls))
      return Err;
    if (auto Err = patternList(E, P, "owns-calls", false, R.OwnsCalls))
      return Err;
    if (auto Err = readObjectFilter(E, P, Kind, R.Objects))
      return Err;
    if (auto Err = readBool(E, P, "subclasses", R.Subclasses))
      return Err;
    if (auto Err = patternList(E, P, "end-calls", false, R.EndCalls))
      return Err;
    if (auto Err = patternList(E, P, "constructed-from", false,
                               R.ConstructedFrom))
      return Err;
    if (auto Err = patternList(E, P, "except", false, R.Except))
      return Err;
    if (auto Err = readBool(E, P, "empty-when-default-constructed",
                            R.EmptyWhenDefaultConstructed))
      return Err;
    Pack.RaiiTypes.push_back(std::move(R));
    return llvm::Error::success();
  }

  llvm::Error readCallPair(const json &E, const std::string &P, ScopeKind Kind,
                           RulePack &Pack) const {
    if (auto Err =
            Kind == ScopeKind::Lock
                ? checkKeys(E, P, {"begin", "end", "handle-arg", "counted",
                                   "autocommit-arg", "returns-success",
                                   "restart-arg", "objects",
                                   "guards-connection"})
                : checkKeys(E, P, {"begin", "end", "handle-arg", "counted",
                                   "autocommit-arg", "returns-success",
                                   "restart-arg", "objects"}))
      return Err;
    CallPairRule R;
    R.Kind = Kind;
    R.Origin = originOf(P);
    if (auto Err = patternList(E, P, "begin", true, R.Begin))
      return Err;
    if (auto Err = patternList(E, P, "end", true, R.End))
      return Err;
    if (auto Err = readUnsigned(E, P, "handle-arg", R.Handle.Arg))
      return Err;
    if (auto Err = readBool(E, P, "counted", R.Counted))
      return Err;
    if (auto Err = readUnsigned(E, P, "autocommit-arg", R.AutocommitArg))
      return Err;
    if (auto Err = readUnsigned(E, P, "restart-arg", R.RestartArg))
      return Err;
    if (auto Err = readPolarity(E, P, R.ReturnsSuccess))
      return Err;
    if (auto Err = readObjectFilter(E, P, Kind, R.Objects))
      return Err;
    Pack.CallPairs.push_back(std::move(R));
    return llvm::Error::success();
  }

  /// "returns-success": true (non-zero means it began) or "zero" (zero
  /// means it began: `pthread_mutex_trylock`).
  llvm::Error readPolarity(const json &E, const std::string &P,
                           SuccessPolarity &Out) const {
    auto It = E.find("returns-success");
    if (It == E.end())
      return llvm::Error::success();
    if (It->is_boolean())
      Out = It->get<bool>() ? SuccessPolarity::True : SuccessPolarity::None;
    else if (It->is_string() && It->get<std::string>() == "zero")
      Out = SuccessPolarity::Zero;
    else
      return error(child(P, "returns-success"),
                   "'returns-success' must be true, false or \"zero\"");
    return llvm::Error::success();
  }

  /// "objects": the names a scope's object must have; "guards-connection"
  /// (locks only): holding it is holding the database connection.
  llvm::Error readObjectFilter(const json &E, const std::string &P,
                               ScopeKind Kind, ObjectFilter &Out) const {
    if (auto Err = patternList(E, P, "objects", false, Out.Names))
      return Err;
    if (E.contains("objects") && Out.Names.empty())
      return error(child(P, "objects"),
                   "'objects' must be a non-empty array of name patterns");
    if (E.contains("guards-connection") && Kind != ScopeKind::Lock)
      return error(child(P, "guards-connection"),
                   "'guards-connection' belongs to a rule under 'locks'");
    return readBool(E, P, "guards-connection", Out.GuardsConnection);
  }

  /// "constructor-tags": [{"type": "std::defer_lock_t", "holds": "nothing"}]
  llvm::Error
  readConstructorTags(const json &E, const std::string &P,
                      std::vector<std::pair<NamePattern, TagHolds>> &Out) const {
    if (!E.contains("constructor-tags"))
      return llvm::Error::success();
    return forEachEntry(
        E["constructor-tags"], child(P, "constructor-tags"),
        [&](const json &T, const std::string &TP) -> llvm::Error {
          if (auto Err = checkKeys(T, TP, {"type", "holds"}))
            return Err;
          NamePattern Type;
          if (auto Err = readTypePattern(T, TP, Type))
            return Err;
          std::string Holds;
          if (auto Err = requireString(T, TP, "holds", Holds))
            return Err;
          TagHolds H;
          if (Holds == "nothing")
            H = TagHolds::Nothing;
          else if (Holds == "if-owned")
            H = TagHolds::IfOwned;
          else if (Holds == "held")
            H = TagHolds::Held;
          else
            return error(child(TP, "holds"),
                         "unknown 'holds' '" + Holds +
                             "'; expected one of: nothing, if-owned, held");
          Out.emplace_back(std::move(Type), H);
          return llvm::Error::success();
        });
  }

  llvm::Error readSqlText(const json &E, const std::string &P,
                          RulePack &Pack) const {
    if (auto Err = checkKeys(E, P, {"function", "handle-arg", "sql-arg"}))
      return Err;
    if (!E.contains("function"))
      return error(P, "missing required key 'function'");
    auto Fn = pattern(E["function"], child(P, "function"));
    if (!Fn)
      return Fn.takeError();
    SqlTextRule R;
    R.Function = std::move(*Fn);
    R.Origin = originOf(P);
    std::optional<unsigned> Handle, Sql;
    // "handle-arg": "object": the connection is the object the method is
    // called on; "none": the call does not name it.
    bool OnObject = E.contains("handle-arg") && E["handle-arg"] == "object";
    R.HandleUnnamed = E.contains("handle-arg") && E["handle-arg"] == "none";
    OnObject = OnObject || R.HandleUnnamed;
    if (!OnObject)
      if (auto Err = readUnsigned(E, P, "handle-arg", Handle)) {
        llvm::consumeError(std::move(Err));
        return error(child(P, "handle-arg"),
                     "'handle-arg' must be an argument index from 0 to 64, "
                     "\"object\" or \"none\"");
      }
    if (auto Err = readUnsigned(E, P, "sql-arg", Sql))
      return Err;
    R.HandleArg = OnObject ? std::nullopt : std::optional<unsigned>(Handle.value_or(0));
    R.SqlArg = Sql.value_or(OnObject ? 0 : 1);
    if (R.HandleArg && *R.HandleArg == R.SqlArg)
      return error(P, "'handle-arg' and 'sql-arg' must differ");
    Pack.SqlText.push_back(std::move(R));
    return llvm::Error::success();
  }

  llvm::Error readAcquire(const json &E, const std::string &P, ScopeKind Kind,
                          RulePack &Pack) const {
    if (auto Err = checkKeys(E, P, {"calls", "returns", "end-calls",
                                    "release-calls", "release-handle-arg",
                                    "handle-arg", "returns-success", "pooled",
                                    "returns-arg-if-not-null", "holder-types"}))
      return Err;
    AcquireRule R;
    R.Kind = Kind;
    R.Origin = originOf(P);
    if (auto Err = patternList(E, P, "calls", true, R.Calls))
      return Err;
    std::string Returns;
    if (auto Err = requireString(E, P, "returns", Returns))
      return Err;
    if (Returns == "raii")
      R.Result = AcquireRule::Raii;
    else if (Returns == "handle")
      R.Result = AcquireRule::Handle;
    else if (Returns == "handle-in-arg")
      R.Result = AcquireRule::HandleInArg;
    else if (Returns == "transient")
      R.Result = AcquireRule::Transient;
    else
      return error(child(P, "returns"),
                   "unknown 'returns' '" + Returns +
                       "'; expected one of: raii, handle, handle-in-arg, "
                       "transient");
    if (Kind == ScopeKind::Transaction && R.Result != AcquireRule::Raii &&
        R.Result != AcquireRule::Transient)
      return error(child(P, "returns"),
                   "a transaction acquire call must return 'raii' or be "
                   "'transient'");
    if (auto Err = patternList(E, P, "end-calls", false, R.EndCalls))
      return Err;
    bool NeedsRelease = R.Result == AcquireRule::Handle ||
                        R.Result == AcquireRule::HandleInArg;
    if (auto Err = patternList(E, P, "release-calls", NeedsRelease,
                               R.ReleaseCalls))
      return Err;
    std::optional<unsigned> ReleaseArg, HandleArg;
    if (auto Err = readUnsigned(E, P, "release-handle-arg", ReleaseArg))
      return Err;
    if (auto Err = readUnsigned(E, P, "handle-arg", HandleArg))
      return Err;
    if (R.Result == AcquireRule::HandleInArg && !HandleArg)
      return error(P, "'handle-in-arg' needs 'handle-arg'");
    R.ReleaseHandleArg = ReleaseArg.value_or(0);
    R.HandleArg = HandleArg.value_or(0);
    if (auto Err = readBool(E, P, "returns-success", R.ReturnsSuccess))
      return Err;
    if (auto Err = readBool(E, P, "pooled", R.Pooled))
      return Err;
    if (auto Err = readUnsigned(E, P, "returns-arg-if-not-null",
                                R.ReturnsArgIfNotNull))
      return Err;
    if (auto Err = patternList(E, P, "holder-types", false, R.HolderTypes))
      return Err;
    if (!R.HolderTypes.empty() && R.Result != AcquireRule::Raii)
      return error(child(P, "holder-types"),
                   "'holder-types' needs 'returns': 'raii'");
    if (R.ReturnsArgIfNotNull && R.Result != AcquireRule::Handle)
      return error(child(P, "returns-arg-if-not-null"),
                   "'returns-arg-if-not-null' needs 'returns': 'handle'");
    Pack.Acquires.push_back(std::move(R));
    return llvm::Error::success();
  }

  llvm::Error readCallableScope(const json &E, const std::string &P,
                                ScopeKind Kind, RulePack &Pack) const {
    if (auto Err = checkKeys(E, P, {"functions", "callable-arg"}))
      return Err;
    CallableScopeRule R;
    R.Kind = Kind;
    R.Origin = originOf(P);
    if (auto Err = patternList(E, P, "functions", true, R.Functions))
      return Err;
    std::optional<unsigned> Arg;
    if (auto Err = readUnsigned(E, P, "callable-arg", Arg))
      return Err;
    R.CallableArg = Arg.value_or(0);
    Pack.CallableScopes.push_back(std::move(R));
    return llvm::Error::success();
  }

  llvm::Error readTypePattern(const json &E, const std::string &P,
                              NamePattern &Out) const {
    if (!E.contains("type"))
      return error(P, "missing required key 'type'");
    auto Type = pattern(E["type"], child(P, "type"));
    if (!Type)
      return Type.takeError();
    Out = std::move(*Type);
    return llvm::Error::success();
  }

  llvm::Error readPoolSizes(const json &V, const std::string &Pointer,
                            RulePack &Pack) const {
    return forEachEntry(
        V, Pointer, [&](const json &E, const std::string &P) -> llvm::Error {
          if (auto Err = checkKeys(E, P, {"type", "size-arg", "default-size"}))
            return Err;
          PoolSizeRule R;
          R.Origin = originOf(P);
          if (auto Err = readTypePattern(E, P, R.Type))
            return Err;
          std::optional<unsigned> Arg;
          if (auto Err = readUnsigned(E, P, "size-arg", Arg))
            return Err;
          R.SizeArg = Arg.value_or(0);
          if (E.contains("default-size")) {
            // A pool of no connections is a mistake, as the schema says.
            if (!E["default-size"].is_number_unsigned() ||
                E["default-size"].get<uint64_t>() == 0)
              return error(child(P, "default-size"),
                           "'default-size' must be a positive integer");
            R.DefaultSize = E["default-size"].get<uint64_t>();
          }
          Pack.PoolSizes.push_back(std::move(R));
          return llvm::Error::success();
        });
  }

  llvm::Error readWorkers(const json &V, const std::string &Pointer,
                          RulePack &Pack) const {
    if (auto Err = requireObject(V, Pointer))
      return Err;
    report(checkKeys(V, Pointer, {"threads", "thread-pools"}));
    if (V.contains("threads"))
      report(forEachEntry(
          V["threads"], child(Pointer, "threads"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            if (auto Err = checkKeys(E, P, {"type", "callable-arg"}))
              return Err;
            WorkerRule R;
            R.Kind = WorkerRule::Thread;
            R.Origin = originOf(P);
            if (auto Err = readTypePattern(E, P, R.Type))
              return Err;
            std::optional<unsigned> Arg;
            if (auto Err = readUnsigned(E, P, "callable-arg", Arg))
              return Err;
            R.CallableArg = Arg.value_or(0);
            Pack.Workers.push_back(std::move(R));
            return llvm::Error::success();
          }));
    if (V.contains("thread-pools"))
      report(forEachEntry(
          V["thread-pools"], child(Pointer, "thread-pools"),
          [&](const json &E, const std::string &P) -> llvm::Error {
            if (auto Err = checkKeys(E, P, {"type", "size-arg",
                                            "submit-calls", "pool-arg",
                                            "callable-arg"}))
              return Err;
            WorkerRule R;
            R.Kind = WorkerRule::ThreadPool;
            R.Origin = originOf(P);
            if (auto Err = readTypePattern(E, P, R.Type))
              return Err;
            if (auto Err = patternList(E, P, "submit-calls", true,
                                       R.SubmitCalls))
              return Err;
            std::optional<unsigned> Size, PoolArg, CallableArg;
            if (auto Err = readUnsigned(E, P, "size-arg", Size))
              return Err;
            if (auto Err = readUnsigned(E, P, "pool-arg", PoolArg))
              return Err;
            if (auto Err = readUnsigned(E, P, "callable-arg", CallableArg))
              return Err;
            R.SizeArg = Size.value_or(0);
            R.SubmitPoolArg = PoolArg.value_or(0);
            R.SubmitCallableArg = CallableArg.value_or(1);
            Pack.Workers.push_back(std::move(R));
            return llvm::Error::success();
          }));
    return llvm::Error::success();
  }

  llvm::Error readCallLists(const json &V, const std::string &Pointer,
                            bool AllowThrows,
                            std::vector<CallListRule> &Out) const {
    return forEachEntry(
        V, Pointer, [&](const json &E, const std::string &P) -> llvm::Error {
          if (auto Err = AllowThrows ? checkKeys(E, P, {"calls", "throws"})
                                     : checkKeys(E, P, {"calls"}))
            return Err;
          CallListRule R;
          R.Origin = originOf(P);
          if (auto Err = patternList(E, P, "calls", true, R.Calls))
            return Err;
          if (auto Err = readBool(E, P, "throws", R.Throws))
            return Err;
          Out.push_back(std::move(R));
          return llvm::Error::success();
        });
  }

  llvm::Error readSlowCalls(const json &V, const std::string &Pointer,
                            RulePack &Pack) const {
    return forEachEntry(
        V, Pointer, [&](const json &E, const std::string &P) -> llvm::Error {
          if (auto Err = checkKeys(E, P,
                                   {"calls", "category", "nonblocking-if-zero-arg",
                                    "nonblocking-arg-calls", "param-type",
                                    "param-index", "except", "throws",
                                    "releases-lock-arg"}))
            return Err;
          SlowCallRule R;
          R.Origin = originOf(P);
          if (auto Err = patternList(E, P, "calls", true, R.Calls))
            return Err;
          std::string Cat;
          if (auto Err = requireString(E, P, "category", Cat))
            return Err;
          auto Parsed = parseCategory(Cat);
          if (!Parsed)
            return error(child(P, "category"),
                         "unknown category '" + Cat +
                             "'; expected one of: http, sleep, storage, rpc, "
                             "mail, wait, io");
          R.Category = *Parsed;
          if (auto Err = readUnsigned(E, P, "nonblocking-if-zero-arg",
                                      R.NonBlockingIfZeroArg))
            return Err;
          if (auto Err = patternList(E, P, "except", false, R.Except))
            return Err;
          if (auto Err = patternList(E, P, "nonblocking-arg-calls", false,
                                     R.NonBlockingArgCalls))
            return Err;
          if (!R.NonBlockingArgCalls.empty() && !R.NonBlockingIfZeroArg)
            return error(child(P, "nonblocking-arg-calls"),
                         "'nonblocking-arg-calls' needs a "
                         "'nonblocking-if-zero-arg' (which argument)");
          if (E.contains("param-type")) {
            auto Type = pattern(E["param-type"], child(P, "param-type"));
            if (!Type)
              return Type.takeError();
            R.ParamType = std::move(*Type);
          }
          std::optional<unsigned> Index;
          if (auto Err = readUnsigned(E, P, "param-index", Index))
            return Err;
          if (Index && !R.ParamType)
            return error(child(P, "param-index"),
                         "'param-index' needs a 'param-type'");
          R.ParamIndex = Index.value_or(0);
          if (E.contains("throws")) {
            bool Throws = false;
            if (auto Err = readBool(E, P, "throws", Throws))
              return Err;
            R.Throws = Throws;
          }
          if (auto Err = readUnsigned(E, P, "releases-lock-arg",
                                      R.ReleasesLockArg))
            return Err;
          Pack.SlowCalls.push_back(std::move(R));
          return llvm::Error::success();
        });
  }
};

} // namespace

llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef File) {
  return PackReader(Text, File).read();
}

llvm::Expected<RulePack> loadRulePack(llvm::StringRef File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   File + ": cannot read rule pack: " +
                                       Buffer.getError().message());
  return parseRulePack((*Buffer)->getBuffer(), File);
}

llvm::Expected<std::vector<RulePack>> loadRuleDirectory(llvm::StringRef Dir) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".json" &&
        !llvm::StringRef(It->path()).ends_with(".schema.json"))
      Files.push_back(It->path());
  if (EC)
    return llvm::createStringError(EC, Dir + ": cannot read rules directory: " +
                                           EC.message());
  llvm::sort(Files);
  // Every pack's mistakes, not only the first bad pack's.
  std::vector<RulePack> Packs;
  llvm::Error Errors = llvm::Error::success();
  for (const std::string &F : Files) {
    auto Pack = loadRulePack(F);
    if (!Pack)
      Errors = llvm::joinErrors(std::move(Errors), Pack.takeError());
    else
      Packs.push_back(std::move(*Pack));
  }
  if (Errors)
    return std::move(Errors);
  return Packs;
}

} // namespace rules
} // namespace conncheck
