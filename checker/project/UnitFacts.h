//===--- UnitFacts.h - what one translation unit tells the link step -----===//
//
// Whole-program analysis in the shape of a linker: each translation unit is
// parsed once and yields its findings, summaries of the functions it
// defines (keyed by USR) and the calls it made, from inside held scopes,
// into functions whose bodies it could not see. The link step joins the
// summaries of every unit and turns those pending calls into findings.
// Everything here is plain data, so that it can be written to a facts
// directory and linked by another process.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_PROJECT_UNITFACTS_H
#define CONNCHECK_PROJECT_UNITFACTS_H

#include "../findings/Finding.h"
#include "../model/WrapperEffects.h"

#include <optional>
#include <string>
#include <vector>

namespace conncheck {

/// A lambda handed to a call: it runs inside the callee if the callee
/// calls that parameter before it returns.
struct CallableArg {
  unsigned Param = 0;
  std::string Usr;
  std::string Name;
};

/// A call to a function of the project (declared outside system headers).
struct CallSite {
  std::string CalleeUsr;
  std::string CalleeName;
  SourceSpan Where;
  /// A virtual call through a reference or pointer: it may run any
  /// overrider the project defines.
  bool Dispatches = false;
  std::vector<CallableArg> Callables;
  /// The callee is declared not slow: searches for slow calls stop here.
  bool NotSlow = false;
};

/// A call a rule pack (or an annotation) names as slow.
struct SlowSite {
  std::string Name;
  /// rules::categoryName of its category.
  std::string Category;
  SourceSpan Where;
};

/// A parameter handed on to a function whose body the unit could not see
/// (or that hands it on again).
struct ParamForward {
  unsigned Param = 0;
  std::string CalleeUsr;
  unsigned CalleeParam = 0;
};

/// A connection taken from a pool that functions of other files can name
/// (a member or a global): the first such call in the body, per pool; and
/// a pooled connection taken from a pool of some class, per class.
struct PoolAcquire {
  /// The pool's USR, or "class:" and the pool class's USR.
  std::string PoolUsr;
  /// The call's name and place (category "wait").
  SlowSite Site;
};

struct FunctionSummary {
  std::string Usr;
  std::string Name;
  /// A slow call made directly in the body (the first, in source order).
  std::optional<SlowSite> Slow;
  /// A wait that gives up a lock the function was handed as a parameter
  /// (`cv.wait(lk)`): slow for callers inside a database scope, not for
  /// one that holds the lock it hands over.
  std::optional<SlowSite> ParamLockWait;
  /// Calls to project functions, first call site of each callee.
  std::vector<CallSite> Calls;
  /// Parameters whose connection handle the function gives back (or keeps
  /// beyond the call), as far as its unit can tell.
  std::vector<unsigned> ReleasesParams;
  std::vector<ParamForward> Forwards;
  /// Throws, or makes a call a pack says may throw, outside a try block.
  bool Throws = false;
  /// A parameter whose transaction or lease the function ends, with what
  /// it does before the end: a slow call itself, calls to project functions.
  struct ScopeEnd {
    unsigned Param = 0;
    std::optional<SlowSite> Slow;
    std::vector<CallSite> Calls;
  };
  std::vector<ScopeEnd> EndsScopes;
  std::vector<PoolAcquire> Acquires;
  /// Declared not slow: searches for slow calls do not go into it.
  bool NotSlow = false;
  /// The virtual methods it overrides, directly or not (USRs).
  std::vector<std::string> Overrides;
  /// Parameters it calls before it returns (a callable it is handed).
  std::vector<unsigned> RunsCallables;
  /// What its callers in other units must know to treat it as the
  /// described call it wraps (`Db::beginTransaction()`).
  WrapperEffects Wrapper;
};

/// A call made inside a held scope to a project function that, as far as
/// its unit can see, reaches no slow call.
struct PendingSlowCall {
  /// Check, position, function, the scope's note and conditions; the
  /// message and the chain are written once the chain is known.
  Finding Partial;
  /// "database transaction 'tx' is open"
  std::string HeldPhrase;
  std::string CalleeUsr;
  std::string CalleeName;
  /// The callee's parameter that is handed the held scope, if one is: a
  /// callee that ends it counts only what it does before.
  std::optional<unsigned> ScopeParam;
  /// With ScopeParam: the ScopeEnd note should the callee end the scope it
  /// is handed (the window then ends at this call), which the callee's
  /// unit knows and this one may not.
  std::optional<FindingNote> EndAtCall;
  /// Set for conncheck-nested-checkout: the call is pending on whether it
  /// takes a second connection from this pool (a member or a global);
  /// HeldPhrase then names what is held ("'pos'").
  std::string PoolUsr;
  std::string PoolName;
  /// The call may run an overrider of the callee, and runs these lambdas
  /// if the callee calls them.
  bool Dispatches = false;
  std::vector<CallableArg> Callables;
  /// What is held is a lock: blocking I/O counts as slow, and a wait that
  /// gives up the lock it is handed does not.
  bool HeldLock = false;
};

/// PendingSlowCall::PoolUsr for a search that ends at a pooled connection
/// taken from a pool of any class (conncheck-checkout-in-loop).
inline constexpr const char *PooledTarget = "pooled";
/// The link step's name for a search for slow calls made while a lock is
/// held (PendingSlowCall::HeldLock).
inline constexpr const char *LockedTarget = "locked";

struct UnitFacts {
  /// The main file, absolute.
  std::string File;
  /// Set when the unit could not be analysed (and why).
  std::optional<std::string> Failure;
  std::vector<Finding> Findings;
  std::vector<PendingSlowCall> Pending;
  std::vector<FunctionSummary> Functions;
  /// Functions it calls without seeing their bodies whose wrapper effects
  /// would change its analysis (USRs, sorted).
  std::vector<std::string> AskedWrappers;
  /// The wrapper effects of other units it was analysed with (empty: none);
  /// the driver analyses a unit again when these change.
  std::string ImportsKey;
  /// Functions not analysed because they are over the analysis budget
  /// (DataflowLimits), by display name: the run's summary counts them.
  std::vector<std::string> OverBudget;
};

} // namespace conncheck

#endif
