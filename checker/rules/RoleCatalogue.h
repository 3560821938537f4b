//===--- RoleCatalogue.h - what a declaration means, per the rule packs ---===//
//
// Answers "what role does this call or type play?" for the analysis. Every
// answer is decided once per declaration and cached: rule patterns are never
// re-matched at each call site.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_RULES_ROLECATALOGUE_H
#define CONNCHECK_RULES_ROLECATALOGUE_H

#include "RulePack.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <vector>

namespace conncheck {
namespace rules {

/// The conncheck annotation \p Name on \p D or any of its redeclarations:
/// its first argument's text ("" when it has none), or nothing.
std::optional<std::string> conncheckAnnotation(const clang::Decl *D,
                                               llvm::StringRef Name);

/// Argument \p I of \p Call (a CallExpr or CXXConstructExpr) as the
/// callee's parameter \p I sees it: a member operator call counts its
/// object as argument 0. Null when there is no such argument.
const clang::Expr *callArg(const clang::Expr *Call, unsigned I);

/// The name conncheck matches patterns against: namespaces and classes down
/// to the declaration, without template arguments or inline namespaces.
std::string qualifiedName(const clang::NamedDecl *D);
/// Name of a function for messages: qualified, "lambda" for lambdas.
std::string displayName(const clang::FunctionDecl *FD);

/// A call that matched a slow-call rule, and the name it matched under.
struct SlowMatch {
  const SlowCallRule *Rule = nullptr;
  std::string Name;
};

/// The lock (or mutex) a wait \p Call gives up while it waits, per its
/// rule's releases-lock-arg (`cv.wait(lk)`: lk), if it names one.
const clang::ValueDecl *lockGivenUp(const SlowMatch &Slow,
                                    const clang::Expr *Call);

/// A call that begins or ends a scope through a call-pair or SQL text rule.
struct ScopeCallMatch {
  enum Effect { Begin, End } Effect;
  ScopeKind Kind;
  /// The expression that identifies what the scope belongs to; null when the
  /// rule's handle is the implicit object and there is none.
  const clang::Expr *Handle = nullptr;
  /// A short text for messages: "'sql.begin()'" or "SQL 'BEGIN'".
  std::string How;
  /// Begins nest and ends unwind them one at a time.
  bool Counted = false;
  /// The begin call returns whether it began one.
  bool ReturnsSuccess = false;
  /// For a connection it opens: whether it comes from a pool.
  bool Pooled = true;
  /// With ReturnsSuccess: zero, not true, means it began.
  bool SuccessIsZero = false;
  /// A lock that a pack says guards the database connection.
  bool GuardsConnection = false;
  /// An end that begins the next one at once (`COMMIT AND CHAIN`).
  bool Restarts = false;
};

/// A call that takes a connection.
struct AcquireMatch {
  const AcquireRule *Rule = nullptr;
  /// The pool: the object the acquiring method is called on, if any.
  const clang::Expr *Pool = nullptr;
  std::string Name;
};

/// A call that gives a connection handle back.
struct ReleaseMatch {
  const AcquireRule *Rule = nullptr;
  const clang::Expr *Handle = nullptr;
};

class RoleCatalogue {
public:
  /// \p Packs must outlive the catalogue. A catalogue caches answers by
  /// declaration, so it lives no longer than one translation unit.
  explicit RoleCatalogue(const std::vector<RulePack> &Packs);

  const std::vector<RulePack> &packs() const { return Packs; }

  /// The RAII rule for objects of type \p T (by value), if any: by the
  /// class, or by a type alias \p T is written with
  /// (`store::Catalog::DbLock`). Rules limited to some objects are left
  /// out: they need the construction (raiiRuleForConstruction).
  const RaiiTypeRule *raiiRuleFor(clang::QualType T);
  const RaiiTypeRule *raiiRuleForRecord(const clang::CXXRecordDecl *RD);
  /// The RAII rule for a variable of type \p T initialised by \p Init: a
  /// rule limited to objects one of whose names an argument of the
  /// construction names, else raiiRuleFor(T).
  const RaiiTypeRule *raiiRuleForConstruction(clang::QualType T,
                                              const clang::Expr *Init);
  /// What a construction \p Init of a type governed by \p Rule holds, by
  /// its tag arguments (`std::defer_lock` holds nothing).
  TagHolds constructionHolds(const RaiiTypeRule &Rule, const clang::Expr *Init);
  /// The objects the construction \p Init holds its scope on: the
  /// declarations its arguments name, tags left out (the mutexes of a
  /// `std::scoped_lock`).
  llvm::SmallVector<const clang::ValueDecl *, 2>
  constructedOn(const RaiiTypeRule &Rule, const clang::Expr *Init);
  /// Whether \p Call, on an object governed by \p Rule, begins its scope
  /// again: nothing if not, false for a begin, true for a begin that
  /// returns whether it did (`unique_lock::try_lock`).
  std::optional<bool> raiiBeginCall(const RaiiTypeRule &Rule,
                                    const clang::CXXMemberCallExpr *Call);
  /// Whether \p Call, on an object governed by \p Rule, asks whether it
  /// holds its scope (`owns_lock()`, `operator bool`).
  bool raiiOwnsCall(const RaiiTypeRule &Rule,
                    const clang::CXXMemberCallExpr *Call);
  /// Whether \p Call takes or gives up a lock under a `locks` rule: such
  /// calls do not throw as far as the analysis cares.
  bool lockCall(const clang::Expr *Call);

  /// The RAII rule one of whose end calls is a method of \p RD or of its
  /// bases: a base class such as `pqxx::transaction_base` that is not
  /// itself a transaction type but whose `commit()` ends one.
  const RaiiTypeRule *raiiRuleEndedOn(const clang::CXXRecordDecl *RD);

  /// Whether \p Call, made on an object governed by \p Rule, ends its scope.
  bool endsRaiiScope(const RaiiTypeRule &Rule,
                     const clang::CXXMemberCallExpr *Call);

  /// Whether initialising an object governed by \p Rule with \p Init opens
  /// its scope; for rules with `constructed-from`, \p Pool receives the
  /// pool argument.
  bool raiiInitOpens(const RaiiTypeRule &Rule, const clang::Expr *Init,
                     const clang::Expr *&Pool);

  /// The acquire rule \p Call matches, if any.
  std::optional<AcquireMatch> acquireCall(const clang::CallExpr *Call);
  /// Whether a variable of type \p T holds what \p Rule's call takes:
  /// always, unless the rule names holder types; then T (its class or an
  /// alias it is written with) must be one of them.
  bool holdsAcquired(const AcquireRule &Rule, clang::QualType T);
  /// Whether any acquire rule names holder types (else no initialiser need
  /// be searched for one).
  bool anyHolderTypes() const { return AnyHolderTypes; }
  /// A name for \p Rule that another unit's catalogue of the same packs
  /// resolves to the same rule (for facts that cross units).
  std::string acquireRuleId(const AcquireRule *Rule) const;
  const AcquireRule *acquireRuleById(llvm::StringRef Id) const;
  /// The release \p Call performs, if any.
  std::optional<ReleaseMatch> releaseCall(const clang::CallExpr *Call);
  /// Whether \p Call, on an object returned by an acquire under \p Rule,
  /// gives its connection back.
  bool endsAcquiredObject(const AcquireRule &Rule,
                          const clang::CXXMemberCallExpr *Call);
  /// A pool's size, when \p VD is a pool (per `pool-sizes`) constructed
  /// with a size known at compile time.
  std::optional<uint64_t> constantPoolSize(const clang::VarDecl *VD,
                                           clang::ASTContext &Ctx);
  /// The worker rule for objects of type \p T, if any.
  const WorkerRule *workerRuleFor(clang::QualType T);
  /// The thread-pool rule whose submit call \p Call is, if any.
  const WorkerRule *submitCall(const clang::CallExpr *Call);

  /// The callable-scope rule \p Call matches, if any.
  const CallableScopeRule *callableScope(const clang::CallExpr *Call);

  /// The slow-call rule \p Call (a CallExpr or CXXConstructExpr) matches.
  std::optional<SlowMatch> slowCall(const clang::Expr *Call,
                                    clang::ASTContext &Ctx);

  /// The begin/end effect of \p Call under call-pair and SQL text rules.
  std::optional<ScopeCallMatch> scopeCall(const clang::CallExpr *Call,
                                          clang::ASTContext &Ctx);

  /// The sql-text rule \p Call matches, if any.
  const SqlTextRule *sqlTextRule(const clang::CallExpr *Call);
  /// What running the SQL in \p SqlArg (a literal, or a constant holding
  /// one) on \p Handle does to a transaction: BEGIN, COMMIT...
  std::optional<ScopeCallMatch> sqlEffect(const clang::Expr *SqlArg,
                                          const clang::Expr *Handle,
                                          clang::ASTContext &Ctx);

  /// Whether \p Call (a CallExpr or CXXConstructExpr) talks to the database
  /// it is made on (`database-calls`): never slow, never followed.
  bool databaseCall(const clang::Expr *Call);
  /// Whether \p FD is declared not slow (`not-slow`, or the annotation
  /// `conncheck::not_slow`): searches for slow calls do not go into it, nor,
  /// for a virtual method, into its overriders.
  bool notSlow(const clang::FunctionDecl *FD);

  /// Whether a pack or an annotation describes what \p Call does: it takes
  /// or gives back a connection, begins or ends a scope (a scope type's
  /// constructor and destructor included), is slow, or is a database call.
  /// Such a call is a boundary: its meaning comes from the rules, and its
  /// body, even when it is part of the project, is not searched.
  bool described(const clang::Expr *Call);

  /// Whether \p Body belongs to what the packs describe rather than to code
  /// that uses it: a described function itself (the library's own source,
  /// compiled into the project), or a member of a pool class -- a class
  /// whose methods take or give back connections. Its bookkeeping (a free
  /// list drained in its destructor, a connection handed out inside the
  /// returned object) is not a leak or a nested checkout.
  bool implementsDescribedApi(const clang::FunctionDecl *Body);

  /// Whether the packs say \p Call may throw: true for database calls,
  /// acquire/release/begin/end calls, network slow calls and
  /// `throwing-calls`; false where an entry says `"throws": false` or for
  /// sleeps and waits; nothing when no pack describes it.
  std::optional<bool> throwsByRule(const clang::Expr *Call,
                                   clang::ASTContext &Ctx);

private:
  const std::vector<RulePack> &Packs;
  bool AnyHolderTypes = false;

  /// Qualified names a call may be known by: the callee's own, the same
  /// method named through the static type of the object it is called on
  /// (`std::future::wait` for a method inherited from a base), and the
  /// methods it overrides.
  const llvm::SmallVector<std::string, 2> &
  candidateNames(const clang::FunctionDecl *Callee,
                 const clang::CXXRecordDecl *ObjectClass);

  template <typename Pred>
  std::optional<std::string> firstMatching(const clang::Expr *Call, Pred P);

  /// Rules standing for source annotations, which feed the same roles as
  /// packs: [[clang::annotate("conncheck::slow", "http")]] and the rest
  /// (docs/annotations.md).
  struct AnnotationRules {
    AnnotationRules();
    static constexpr unsigned NumCategories =
        static_cast<unsigned>(SlowCategory::Io) + 1;
    SlowCallRule Slow[NumCategories];
    AcquireRule Handle, Raii;
    RaiiTypeRule TransactionType, LeaseType;
  };
  AnnotationRules Annotated;

  llvm::DenseMap<const clang::Decl *, const RaiiTypeRule *> RaiiCache;
  llvm::DenseMap<const clang::Decl *, const RaiiTypeRule *> AliasCache;
  /// The unlimited rule an alias \p T is written with names, if any.
  const RaiiTypeRule *aliasRule(clang::QualType T);
  /// Whether \p Rule's type pattern names \p RD (or a base, for rules
  /// with subclasses), its exceptions left out.
  bool typeRuleNames(const RaiiTypeRule &Rule, const clang::CXXRecordDecl *RD);
  /// Whether \p Filter lets a scope on what \p Object names be held.
  bool objectMatches(const ObjectFilter &Filter, const clang::Expr *Object);
  using CallKey = std::pair<const clang::Decl *, const clang::Decl *>;
  llvm::DenseMap<CallKey, bool> LockCallCache;
  llvm::DenseMap<CallKey, std::optional<SlowMatch>> SlowCache;
  llvm::DenseMap<CallKey, llvm::SmallVector<std::string, 2>> NameCache;
  llvm::DenseMap<CallKey, bool> DatabaseCache;
  llvm::DenseMap<const clang::Decl *, bool> NotSlowCache;
  llvm::DenseMap<CallKey, bool> DescribedCache;
  llvm::DenseMap<const clang::Decl *, bool> PoolClassCache;
  bool describedFunction(const clang::FunctionDecl *Callee,
                         const clang::CXXRecordDecl *ObjectClass);
  bool isPoolClass(const clang::CXXRecordDecl *RD);
};

} // namespace rules
} // namespace conncheck

#endif
