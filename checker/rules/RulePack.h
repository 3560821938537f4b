//===--- RulePack.h - API knowledge loaded from JSON rule packs ----------===//
//
// A rule pack describes a library in terms the engine understands: which
// types and calls open or end a transaction, and which calls are slow. The
// engine never names a library; everything it knows comes from here.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_RULES_RULEPACK_H
#define CONNCHECK_RULES_RULEPACK_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace conncheck {
namespace rules {

/// Where a rule came from, for messages such as --list-rules.
struct RuleOrigin {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// A qualified-name pattern: `ns::Class::method`, with `*`, `?`, `[..]` and
/// `{a,b}` globbing. Template arguments and inline namespaces are not part of
/// the names matched.
class NamePattern {
public:
  static llvm::Expected<NamePattern> create(llvm::StringRef Text);
  bool matches(llvm::StringRef QualifiedName) const;
  llvm::StringRef text() const { return Compiled->Text; }

private:
  // GlobPattern keeps pointers into its pattern text, so the two live
  // together at a fixed address, shared by copies.
  struct CompiledPattern {
    std::string Text;
    std::optional<llvm::GlobPattern> Glob;
  };
  std::shared_ptr<const CompiledPattern> Compiled;
};

/// What kind of scope a rule opens: an open database transaction, a
/// connection held (a pooled lease, or a connection opened by hand), or a
/// lock held (a mutex, a lock object).
enum class ScopeKind { Transaction, Lease, Lock };
inline constexpr unsigned NumScopeKinds = 3;
llvm::StringRef scopeKindName(ScopeKind K);
std::optional<ScopeKind> parseScopeKind(llvm::StringRef Name);

/// Io is blocking I/O on a descriptor or stream (`read`, `recv`, `fgets`):
/// slow while a lock is held, but for a database scope only noise (reading a
/// file inside a transaction is not what starves a pool), so only
/// conncheck-slow-call-while-locked counts it.
enum class SlowCategory { Http, Sleep, Storage, Rpc, Mail, Wait, Io };
llvm::StringRef categoryName(SlowCategory C);
/// What a reader cares about most, lowest first: the network (http, rpc,
/// storage, mail), then sleeps, then waits, then blocking I/O. A call that
/// reaches several is named by the first; so a chain whose best category is
/// io reaches nothing else.
unsigned categoryRank(SlowCategory C);
unsigned categoryRank(llvm::StringRef Name);
std::optional<SlowCategory> parseCategory(llvm::StringRef Name);

/// Limits a rule to scopes on named objects: only locks built from the
/// member `store::Catalog::dbMutex_`, not every `std::scoped_lock`. The
/// object is what a call pair's handle names, or (for a scope type) one of
/// its constructor's arguments. Empty: any object.
struct ObjectFilter {
  std::vector<NamePattern> Names;
  /// Holding the scope is holding a database connection: a lock around
  /// the one connection a service shares (a pool of one).
  bool GuardsConnection = false;
};

/// What constructing a scope type with a tag argument holds.
enum class TagHolds {
  Nothing,  ///< `std::defer_lock`: taken later, if at all
  IfOwned,  ///< `std::try_to_lock`: held where an owns-call says so
  Held,     ///< `std::adopt_lock`: already taken, held from here
};

/// What a begin call's result says about success.
enum class SuccessPolarity {
  None,    ///< the result says nothing
  True,    ///< true (non-zero) means it began (`QSqlDatabase::transaction`)
  Zero,    ///< zero means it began (`pthread_mutex_trylock`, `mtx_trylock`)
};

/// A type whose lifetime is the scope: constructing an object of it begins the
/// scope, destroying it (or calling one of EndCalls on it) ends it.
struct RaiiTypeRule {
  ScopeKind Kind = ScopeKind::Transaction;
  NamePattern Type;
  bool Subclasses = false;
  std::vector<NamePattern> EndCalls;
  /// When set, only a construction with an argument of one of these types
  /// opens the scope (`soci::session(connection_pool&)` leases;
  /// `soci::session(connect_string)` does not). The argument is the pool.
  std::vector<NamePattern> ConstructedFrom;
  /// Types that match Type (or derive from it) but hold nothing, such as a
  /// deferred "transaction" that only queues statements until commit.
  std::vector<NamePattern> Except;
  /// A default-constructed object holds nothing yet (it is assigned one
  /// later: `boost::mysql::pooled_connection conn;`).
  bool EmptyWhenDefaultConstructed = false;
  /// Constructor overloads told apart by a tag argument's type
  /// (`std::defer_lock_t`): what a construction with such a tag holds.
  std::vector<std::pair<NamePattern, TagHolds>> ConstructorTags;
  /// Calls on the object that begin its scope again after an end
  /// (`std::unique_lock::lock`, `QMutexLocker::relock`), and those that
  /// return whether they did (`std::unique_lock::try_lock`).
  std::vector<NamePattern> BeginCalls;
  std::vector<NamePattern> TryBeginCalls;
  /// Calls on the object that say whether it holds its scope
  /// (`std::unique_lock::owns_lock`, `operator bool`): where one returned
  /// false, nothing is held.
  std::vector<NamePattern> OwnsCalls;
  ObjectFilter Objects;
  RuleOrigin Origin;
};

/// A call that takes a connection: what it hands back, and how it is
/// given back.
struct AcquireRule {
  enum ResultKind {
    /// The returned object holds the connection until it is destroyed
    /// (`Poco::Data::SessionPool::get()` returns a Session).
    Raii,
    /// The returned value is a handle that must be released by a call
    /// (`soci::connection_pool::lease()`, `PQconnectdb`).
    Handle,
    /// The handle is written to an argument (`try_lease(pos, timeout)`).
    HandleInArg,
    /// The call takes a connection and gives it back before it returns
    /// (`DbClient::execSqlSync`): nothing stays held, but inside a scope on
    /// the same pool it is a second connection.
    Transient,
  };
  /// Transaction rules describe calls whose result is an open transaction
  /// that also holds its connection (`DbClient::newTransaction`).
  ScopeKind Kind = ScopeKind::Lease;
  std::vector<NamePattern> Calls;
  ResultKind Result = Handle;
  /// For Raii results: calls on the object that give the connection back.
  std::vector<NamePattern> EndCalls;
  /// For handles: the calls that give it back, and which of their
  /// arguments is the handle.
  std::vector<NamePattern> ReleaseCalls;
  unsigned ReleaseHandleArg = 0;
  /// For HandleInArg: the argument that receives the handle.
  unsigned HandleArg = 0;
  /// The call returns whether it succeeded (`try_lease`): nothing is held
  /// on the path where it returned false.
  bool ReturnsSuccess = false;
  /// False for connections that are not from a pool (`PQconnectdb`): they
  /// must still be closed, but holding one does not starve a pool.
  bool Pooled = true;
  /// The call initialises the object this argument points to and returns
  /// it (`mysql_init(&m)`): only a null argument makes a new handle.
  std::optional<unsigned> ReturnsArgIfNotNull;
  /// For raii results: the types that hold the connection when the call
  /// returns something else (a future, an awaitable): a variable of one of
  /// them initialised from an expression that makes the call
  /// (`acme::Lease l = pool.asyncGet().get();`) holds it; a variable of
  /// another type (the future itself) does not.
  std::vector<NamePattern> HolderTypes;
  RuleOrigin Origin;
};

/// A function that runs a callable while it holds a scope
/// (`with_connection([&](Conn &c) {...})`): the callable's body runs inside.
struct CallableScopeRule {
  ScopeKind Kind = ScopeKind::Transaction;
  std::vector<NamePattern> Functions;
  unsigned CallableArg = 0;
  RuleOrigin Origin;
};

/// Which expression of a call identifies the thing the scope belongs to.
struct HandleSpec {
  /// Empty: the implicit object of a member call. Otherwise an argument index.
  std::optional<unsigned> Arg;
};

/// Explicit begin and end calls, paired on the same handle.
struct CallPairRule {
  ScopeKind Kind = ScopeKind::Transaction;
  std::vector<NamePattern> Begin;
  std::vector<NamePattern> End;
  HandleSpec Handle;
  /// Reference-counted wrappers: a begin inside an open scope nests, and
  /// only the end that matches the outermost begin ends it.
  bool Counted = false;
  /// The begin call is an autocommit switch (`mysql_autocommit(c, 0)`,
  /// `setAutoCommit(false)`): this argument false begins a transaction,
  /// true ends the open one (turning autocommit back on commits it).
  std::optional<unsigned> AutocommitArg;
  /// An end call that begins the next transaction at once when this
  /// argument is true (`commit(/*restart=*/true)`).
  std::optional<unsigned> RestartArg;
  /// The begin call returns whether it began one (`QSqlDatabase::
  /// transaction()`, `pthread_mutex_trylock` with zero): nothing is open
  /// where it says it did not.
  SuccessPolarity ReturnsSuccess = SuccessPolarity::None;
  ObjectFilter Objects;
  RuleOrigin Origin;
};

/// A call that runs SQL text: the text decides whether it begins or ends a
/// transaction (BEGIN / START TRANSACTION, COMMIT / END / ROLLBACK / ABORT).
struct SqlTextRule {
  NamePattern Function;
  /// The argument that is the connection; none: the object the method is
  /// called on (`db.exec("BEGIN")` on a QSqlDatabase).
  std::optional<unsigned> HandleArg = 0;
  /// The call does not name the connection (a statement object made from
  /// it runs the SQL: `stmt->execute("START TRANSACTION")`): the scope's
  /// holder is unknown, and any end of a transaction ends it.
  bool HandleUnnamed = false;
  unsigned SqlArg = 1;
  RuleOrigin Origin;
};

/// A connection pool type and which constructor argument is its size.
struct PoolSizeRule {
  NamePattern Type;
  unsigned SizeArg = 0;
  /// The size when the argument is left to its default.
  std::optional<uint64_t> DefaultSize;
  RuleOrigin Origin;
};

/// Something that runs work on other threads.
struct WorkerRule {
  enum WorkerKind {
    /// Each object constructed runs one callable (std::thread).
    Thread,
    /// A fixed number of threads, sized by a constructor argument, that run
    /// callables submitted to it (boost::asio::thread_pool + post).
    ThreadPool,
  };
  WorkerKind Kind = Thread;
  NamePattern Type;
  /// Thread: the constructor argument that is the callable.
  unsigned CallableArg = 0;
  /// ThreadPool: the constructor argument that is the thread count, and the
  /// calls that submit work (which argument is the pool, which the work).
  unsigned SizeArg = 0;
  std::vector<NamePattern> SubmitCalls;
  unsigned SubmitPoolArg = 0;
  unsigned SubmitCallableArg = 1;
  RuleOrigin Origin;
};

/// Calls that block on something slow.
struct SlowCallRule {
  std::vector<NamePattern> Calls;
  SlowCategory Category = SlowCategory::Wait;
  /// A timed wait with a zero timeout in this argument only polls.
  std::optional<unsigned> NonBlockingIfZeroArg;
  /// Calls that, as that argument, also mean "no time": a deadline of now
  /// (`gpr_time_0(...)`, `std::chrono::system_clock::now()`).
  std::vector<NamePattern> NonBlockingArgCalls;
  /// When set, only functions whose parameter ParamIndex is of this class
  /// (through pointers, references and cv-qualifiers) match: every
  /// generated gRPC stub method takes a `grpc::ClientContext *` first.
  std::optional<NamePattern> ParamType;
  unsigned ParamIndex = 0;
  /// Names that match Calls but do not block (`*::Stub::Async*`).
  std::vector<NamePattern> Except;
  /// Whether these calls may throw; by default network calls (http, rpc,
  /// storage, mail) may and sleeps and waits do not.
  std::optional<bool> Throws;
  /// A wait that gives up the lock it is handed while it waits
  /// (`std::condition_variable::wait(lock)`, `pthread_cond_wait(c, m)`):
  /// the argument that is the lock (or its mutex). It is not slow while
  /// that lock is the one held.
  std::optional<unsigned> ReleasesLockArg;
  RuleOrigin Origin;
};

/// A list of calls with one meaning: `database-calls` (statements and
/// queries on the connection that is held: never slow, never followed) or
/// `throwing-calls` (library calls whose exceptions are part of their
/// contract, so that a leak on the exception path is plausible).
struct CallListRule {
  std::vector<NamePattern> Calls;
  /// database-calls: whether they may throw (default: yes, unless C or
  /// noexcept).
  bool Throws = true;
  RuleOrigin Origin;
};

/// A name pattern as written in a pack: where, for the warning that it
/// matches no declaration (a typo silently disables its rule).
struct PatternSite {
  NamePattern Pattern;
  RuleOrigin Origin;
};

struct RulePack {
  std::string Name;
  std::string Description;
  std::string File;
  std::vector<RaiiTypeRule> RaiiTypes;
  std::vector<CallPairRule> CallPairs;
  std::vector<SqlTextRule> SqlText;
  std::vector<AcquireRule> Acquires;
  std::vector<CallableScopeRule> CallableScopes;
  std::vector<PoolSizeRule> PoolSizes;
  std::vector<WorkerRule> Workers;
  std::vector<SlowCallRule> SlowCalls;
  std::vector<CallListRule> DatabaseCalls;
  std::vector<CallListRule> ThrowingCalls;
  /// Functions that are not slow although they reach a slow call (a cache
  /// that answers from memory on the path that matters, a test double), or
  /// virtual methods none of whose overriders is to be taken as slow.
  std::vector<CallListRule> NotSlow;
  // A new section or kind of entry: a row in sectionCounts() too.

  /// Every name pattern of the pack, in whatever section or key, each with
  /// where it is written.
  std::vector<PatternSite> Patterns;
};

/// Parses a rule pack. A pack with mistakes is rejected whole, with every
/// mistake found (joined, in the order of the file), each naming File and
/// the line:column of the offending key or value.
llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef File);
llvm::Expected<RulePack> loadRulePack(llvm::StringRef File);

/// Loads every *.json pack of a directory, in name order; if any pack has
/// mistakes, fails with those of every pack.
llvm::Expected<std::vector<RulePack>> loadRuleDirectory(llvm::StringRef Dir);

/// How many entries of one kind a pack fills in one of its sections, for
/// --list-rules: "transactions" / "raii-type" (a section of several kinds of
/// entry), or "slow-calls" with no Entry (a plain list).
struct SectionCount {
  llvm::StringRef Section;
  llvm::StringRef Entry;
  llvm::StringRef Entries; ///< Entry's plural
  size_t Count = 0;
};

/// Every section of \p Pack and kind of entry in it, those it leaves empty
/// included, in the order docs/rule-packs.md describes them.
std::vector<SectionCount> sectionCounts(const RulePack &Pack);

/// What a SQL statement does to a transaction.
/// Restart: ends the transaction and begins the next one at once
/// (`COMMIT AND CHAIN`): a transaction is open after it, begun there.
enum class SqlEffect { None, Begin, End, Restart };
SqlEffect classifySql(llvm::StringRef Sql);

} // namespace rules
} // namespace conncheck

#endif
