//! Small structured Python programs built from fuzz input with `arbitrary`, rendered to text
//! that the parser accepts: functions, coroutines, generators and async generators calling
//! the ones defined before them, asyncio's sleep, gather, tasks, timeouts, task groups,
//! locks and queues, loops, try/except/finally, raises and prints.
//!
//! Every program ends: functions only call those defined before them (no recursion), loops
//! count to a small bound, and a global fuel counter, spent at each function entry and loop
//! turn, raises once it is gone. Integers are folded back below 10**12 at each assignment,
//! so arithmetic cannot grow without end. What remains is work the engine must do, refuse
//! or report, never hang on.

use std::fmt::Write;

use arbitrary::Arbitrary;

/// Functions per program, statements per block, nesting depths: what keeps a run small.
const MAX_FUNCS: usize = 8;
const MAX_BLOCK: usize = 6;
const MAX_NEST: usize = 4;
const MAX_EXPR: usize = 3;

#[derive(Arbitrary, Debug)]
pub struct Program {
    funcs: Vec<Func>,
    /// Module-level statements before `main`.
    top: Vec<Stmt>,
    /// `async def main()`, run by `asyncio.run`, when present.
    main: Option<Vec<Stmt>>,
    fuel: u8,
    /// Scripted actions, as a scenario's `[[script]]` would give them.
    script: Vec<(u8, ScriptKind)>,
    stdin: Vec<Lit>,
    cpu: bool,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum ScriptKind {
    Interrupt,
    CancelTask(u8),
    Pause,
}

#[derive(Arbitrary, Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sync,
    Async,
    Gen,
    AsyncGen,
}

#[derive(Arbitrary, Debug)]
struct Func {
    kind: Kind,
    body: Vec<Stmt>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Var {
    A,
    B,
    C,
    P0,
    P1,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Exc {
    ValueError,
    TypeError,
    KeyError,
    ZeroDivisionError,
    RuntimeError,
    Exception,
    BaseException,
    CancelledError,
    TimeoutError,
    StopIteration,
    GeneratorExit,
    KeyboardInterrupt,
    SystemExit,
    Group,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Lit {
    Small(i8),
    Big(u16),
    Float(u8),
    Str(u8),
    True,
    None,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    BoolAnd,
    BoolOr,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Is,
    In,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Builtin {
    Len,
    Str,
    Repr,
    Abs,
    Min,
    Max,
    Int,
    Float,
    Sum,
    Sorted,
    Bool,
    TypeName,
    Hash,
    Round,
    Divmod,
}

#[derive(Arbitrary, Debug)]
enum Expr {
    Lit(Lit),
    Var(Var),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Lit, Expr)>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Call(Builtin, Vec<Expr>),
    Index(Box<Expr>, Box<Expr>),
    IfElse(Box<Expr>, Box<Expr>, Box<Expr>),
    FString(Box<Expr>, u8),
    ListComp(Box<Expr>, u8),
    Lambda(Box<Expr>, Box<Expr>),
    Method(StrMethod, Box<Expr>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum StrMethod {
    Upper,
    Split,
    Join,
    Append,
    Pop,
    Keys,
    Get,
}

#[derive(Arbitrary, Debug)]
enum Stmt {
    Assign(Var, Expr),
    Aug(Var, BinOp, Expr),
    Print(Vec<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Var, u8, Vec<Stmt>),
    While(u8, Vec<Stmt>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<(Option<Exc>, Vec<Stmt>)>,
        orelse: Vec<Stmt>,
        finally: Option<Vec<Stmt>>,
    },
    TryStar(Vec<Stmt>, Vec<(Exc, Vec<Stmt>)>),
    Raise(Exc, Option<Var>),
    Reraise,
    Return(Option<Expr>),
    Break,
    Continue,
    /// `yield` in a generator.
    Yield(Option<Expr>, Option<Var>),
    /// A call of an earlier function, in the way its kind and the caller's allow.
    Use(u8, Var, Vec<Expr>, UseHow),
    Sleep(u8),
    TimeSleep(u8),
    Gather(Vec<u8>, bool, Var),
    CreateTask(u8, Option<u8>),
    AwaitTask(Var),
    CancelTask(Option<u8>),
    WaitFor(u8, u8, Var),
    Timeout(u8, Vec<Stmt>),
    TaskGroup(Vec<u8>, Vec<Stmt>),
    Lock(Vec<Stmt>),
    Put(Expr),
    Get(Var, bool),
    ToThread(u8, Var),
    Closure(Var, Expr, bool),
    Input(Var),
    Del(Var),
    Assert(Expr),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum UseHow {
    Plain,
    Other,
    Third,
}

/// Where a statement stands: what the grammar allows there.
#[derive(Clone, Copy)]
struct Ctx {
    /// The enclosing function's kind; `None` at module level.
    kind: Option<Kind>,
    /// Functions callable from here: those defined before.
    callable: usize,
    /// `break` and `continue` are allowed: inside a loop, and not only outside it through
    /// an `except*` clause.
    loop_ok: bool,
    /// Inside an `except*` clause, however deep: no `return`.
    in_star: bool,
    /// Inside an `except` clause: a bare `raise` is meaningful.
    in_handler: bool,
    indent: usize,
    nest: usize,
    /// A counter for loop variables, so nested `while`s never share one.
    loops: usize,
}

impl Ctx {
    fn is_async(&self) -> bool {
        matches!(self.kind, Some(Kind::Async | Kind::AsyncGen))
    }

    fn deeper(self) -> Ctx {
        Ctx {
            indent: self.indent + 1,
            nest: self.nest + 1,
            ..self
        }
    }
}

/// A rendered program and the settings its run gets.
pub struct Rendered {
    pub source: String,
    /// (virtual time, action) pairs, in time order.
    pub script: Vec<(f64, ScriptKind)>,
    pub stdin: String,
    pub cpu_instruction: Option<f64>,
}

impl Program {
    pub fn render(&self) -> Rendered {
        let mut r = Renderer {
            out: String::new(),
            lock: false,
            queue: false,
            kinds: self.funcs.iter().take(MAX_FUNCS).map(|f| f.kind).collect(),
        };
        let fuel = 50 + u32::from(self.fuel) * 4;
        let mut head = format!(
            "import asyncio\nimport time\n\nFUEL = [{fuel}]\n\n\ndef tick():\n    FUEL[0] -= 1\n    if FUEL[0] < 0:\n        raise RuntimeError('out of fuel')\n\n\ndef cap(x):\n    if type(x) is int and not -10**12 < x < 10**12:\n        return x % 1000003\n    return x\n\n"
        );
        for (i, f) in self.funcs.iter().take(MAX_FUNCS).enumerate() {
            r.func(i, f);
        }
        let top = Ctx {
            kind: None,
            callable: r.kinds.len(),
            loop_ok: false,
            in_star: false,
            in_handler: false,
            indent: 0,
            nest: 0,
            loops: 0,
        };
        r.out
            .push_str("\na, b, c, t = 0, 1, 2, None\np0, p1 = 3, 'x'\n");
        for s in self.top.iter().take(MAX_BLOCK) {
            r.stmt(top, s);
        }
        if let Some(body) = &self.main {
            r.out.push_str("\n\nasync def main():\n");
            let ctx = Ctx {
                kind: Some(Kind::Async),
                indent: 1,
                ..top
            };
            r.prologue(ctx, false);
            r.block(ctx, body);
            r.out.push_str("\n\nasyncio.run(main())\n");
        }
        r.out.push_str("print('end', FUEL[0])\n");
        // Made only when used: compiling asyncio's locks and queues costs a run its time.
        if r.lock {
            head.push_str("LOCK = asyncio.Lock()\n");
        }
        if r.queue {
            head.push_str("Q = asyncio.Queue(2)\n");
        }
        head.push_str(&r.out);
        let mut script: Vec<(f64, ScriptKind)> = self
            .script
            .iter()
            .take(3)
            .map(|(at, k)| (f64::from(*at) / 16.0, *k))
            .collect();
        script.sort_by(|x, y| x.0.total_cmp(&y.0));
        let stdin = self
            .stdin
            .iter()
            .take(4)
            .map(|l| format!("{}\n", lit(*l)))
            .collect();
        Rendered {
            source: head,
            script,
            stdin,
            cpu_instruction: self.cpu.then_some(1e-6),
        }
    }
}

/// `l <op> r`, parenthesised; shifts and powers take their right side modulo a bound.
fn bin(op: BinOp, l: &str, r: &str) -> String {
    match op {
        BinOp::Add => format!("({l} + {r})"),
        BinOp::Sub => format!("({l} - {r})"),
        BinOp::Mul => format!("({l} * {r})"),
        BinOp::Div => format!("({l} / {r})"),
        BinOp::FloorDiv => format!("({l} // {r})"),
        BinOp::Mod => format!("({l} % {r})"),
        BinOp::Pow => format!("({l} ** ({r} % 4))"),
        BinOp::And => format!("({l} & {r})"),
        BinOp::Or => format!("({l} | {r})"),
        BinOp::Xor => format!("({l} ^ {r})"),
        BinOp::Shl => format!("({l} << ({r} % 64))"),
        BinOp::Shr => format!("({l} >> ({r} % 64))"),
        BinOp::BoolAnd => format!("({l} and {r})"),
        BinOp::BoolOr => format!("({l} or {r})"),
    }
}

struct Renderer {
    out: String,
    /// The program uses `LOCK` / `Q`.
    lock: bool,
    queue: bool,
    kinds: Vec<Kind>,
}

fn var(v: Var) -> &'static str {
    match v {
        Var::A => "a",
        Var::B => "b",
        Var::C => "c",
        Var::P0 => "p0",
        Var::P1 => "p1",
    }
}

fn exc(e: Exc) -> &'static str {
    match e {
        Exc::ValueError => "ValueError",
        Exc::TypeError => "TypeError",
        Exc::KeyError => "KeyError",
        Exc::ZeroDivisionError => "ZeroDivisionError",
        Exc::RuntimeError => "RuntimeError",
        Exc::Exception => "Exception",
        Exc::BaseException => "BaseException",
        Exc::CancelledError => "asyncio.CancelledError",
        Exc::TimeoutError => "TimeoutError",
        Exc::StopIteration => "StopIteration",
        Exc::GeneratorExit => "GeneratorExit",
        Exc::KeyboardInterrupt => "KeyboardInterrupt",
        Exc::SystemExit => "SystemExit",
        Exc::Group => "ExceptionGroup",
    }
}

/// An expression raising `e` with `arg` in it.
fn exc_value(e: Exc, arg: &str) -> String {
    match e {
        Exc::Group => format!("ExceptionGroup('eg', [ValueError({arg}), KeyError({arg})])"),
        _ => format!("{}({arg})", exc(e)),
    }
}

fn lit(l: Lit) -> String {
    const FLOATS: [&str; 8] = [
        "0.0",
        "0.5",
        "-1.25",
        "1e300",
        "3.0",
        "1e-9",
        "float('inf')",
        "2.5",
    ];
    const STRS: [&str; 6] = ["''", "'ab'", "'x y z'", "'3'", "'\\u00e9t\\u00e9'", "'a,b'"];
    match l {
        Lit::Small(n) => n.to_string(),
        Lit::Big(n) => format!("{}", u64::from(n) * 1_000_003_007),
        Lit::Float(i) => FLOATS[usize::from(i) % FLOATS.len()].to_string(),
        Lit::Str(i) => STRS[usize::from(i) % STRS.len()].to_string(),
        Lit::True => "True".into(),
        Lit::None => "None".into(),
    }
}

fn delay(d: u8) -> String {
    match d % 6 {
        0 => "0".into(),
        1 => "0.001".into(),
        2 => "0.1".into(),
        3 => "1".into(),
        4 => "2.5".into(),
        _ => format!("{}", f64::from(d) / 50.0),
    }
}

impl Renderer {
    fn pad(&mut self, ctx: Ctx) {
        for _ in 0..ctx.indent {
            self.out.push_str("    ");
        }
    }

    fn line(&mut self, ctx: Ctx, text: &str) {
        self.pad(ctx);
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// The `i`-th function before `limit` of one of `kinds`, chosen by `pick`.
    fn pick(&self, limit: usize, pick: u8, kinds: &[Kind]) -> Option<(usize, Kind)> {
        let found: Vec<usize> = (0..limit)
            .filter(|i| kinds.contains(&self.kinds[*i]))
            .collect();
        if found.is_empty() {
            return None;
        }
        let i = found[usize::from(pick) % found.len()];
        Some((i, self.kinds[i]))
    }

    fn func(&mut self, i: usize, f: &Func) {
        let head = match f.kind {
            Kind::Sync | Kind::Gen => "def",
            Kind::Async | Kind::AsyncGen => "async def",
        };
        let _ = write!(self.out, "\n\n{head} f{i}(p0=0, p1=1):\n");
        let ctx = Ctx {
            kind: Some(f.kind),
            callable: i,
            loop_ok: false,
            in_star: false,
            in_handler: false,
            indent: 1,
            nest: 0,
            loops: 0,
        };
        self.prologue(ctx, true);
        self.block(ctx, &f.body);
        if matches!(f.kind, Kind::Gen | Kind::AsyncGen) {
            // A generator's kind comes from a `yield` in its body: make sure there is one.
            self.line(ctx, "yield a");
        }
    }

    /// A function's first lines: fuel spent, locals bound, parameters folded.
    fn prologue(&mut self, ctx: Ctx, params: bool) {
        self.line(ctx, "tick()");
        self.line(ctx, "a, b, c, t = 0, 1, 2, None");
        if params {
            self.line(ctx, "p0, p1 = cap(p0), cap(p1)");
        } else {
            self.line(ctx, "p0, p1 = 3, 'x'");
        }
    }

    fn block(&mut self, ctx: Ctx, body: &[Stmt]) {
        let before = self.out.len();
        if ctx.nest < MAX_NEST {
            for s in body.iter().take(MAX_BLOCK) {
                self.stmt(ctx, s);
            }
        }
        if self.out.len() == before {
            self.line(ctx, "pass");
        }
    }

    fn expr(&self, e: &Expr, depth: usize) -> String {
        if depth >= MAX_EXPR {
            return match e {
                Expr::Var(v) => var(*v).into(),
                Expr::Lit(l) => lit(*l),
                _ => "a".into(),
            };
        }
        let sub = |e: &Expr| self.expr(e, depth + 1);
        let list = |es: &[Expr]| {
            es.iter()
                .take(4)
                .map(|e| self.expr(e, depth + 1))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            Expr::Lit(l) => lit(*l),
            Expr::Var(v) => var(*v).into(),
            Expr::List(es) => format!("[{}]", list(es)),
            Expr::Tuple(es) if es.is_empty() => "()".into(),
            Expr::Tuple(es) => format!("({},)", list(es)),
            Expr::Dict(kv) => {
                let items: Vec<String> = kv
                    .iter()
                    .take(4)
                    .map(|(k, v)| format!("{}: {}", lit(*k), sub(v)))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            Expr::Bin(op, l, r) => bin(*op, &sub(l), &sub(r)),
            Expr::Cmp(op, l, r) => {
                let op = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Eq => "==",
                    CmpOp::Ne => "!=",
                    CmpOp::Is => "is",
                    CmpOp::In => "in",
                };
                format!("({} {op} {})", sub(l), sub(r))
            }
            Expr::Neg(e) => format!("(-{})", sub(e)),
            Expr::Not(e) => format!("(not {})", sub(e)),
            Expr::Call(f, args) => {
                let args = list(args);
                match f {
                    Builtin::Len => format!("len({args})"),
                    Builtin::Str => format!("str({args})"),
                    Builtin::Repr => format!("repr({args})"),
                    Builtin::Abs => format!("abs({args})"),
                    Builtin::Min => format!("min({args})"),
                    Builtin::Max => format!("max({args})"),
                    Builtin::Int => format!("int({args})"),
                    Builtin::Float => format!("float({args})"),
                    Builtin::Sum => format!("sum([{args}])"),
                    Builtin::Sorted => format!("sorted([{args}])"),
                    Builtin::Bool => format!("bool({args})"),
                    Builtin::TypeName => format!("type({args}).__name__"),
                    Builtin::Hash => format!("hash({args})"),
                    Builtin::Round => format!("round({args})"),
                    Builtin::Divmod => format!("divmod({args})"),
                }
            }
            Expr::Index(e, i) => format!("{}[{}]", sub(e), sub(i)),
            Expr::IfElse(c, a, b) => format!("({} if {} else {})", sub(a), sub(c), sub(b)),
            Expr::FString(e, spec) => {
                const SPECS: [&str; 6] = ["", "!r", ":>6", ":.3", ":x", ":,"];
                // Through a lambda, so the f-string never nests quotes (3.11 forbids reusing them).
                let spec = SPECS[usize::from(*spec) % SPECS.len()];
                format!("(lambda x: f\"<{{x{spec}}}>\")({})", sub(e))
            }
            Expr::ListComp(e, n) => format!("[{} for _ in range({})]", sub(e), n % 5),
            Expr::Lambda(body, arg) => format!("(lambda x: {})({})", sub(body), sub(arg)),
            Expr::Method(m, e) => {
                let e = sub(e);
                match m {
                    StrMethod::Upper => format!("str({e}).upper()"),
                    StrMethod::Split => format!("str({e}).split(',')"),
                    StrMethod::Join => format!("'-'.join(map(str, [{e}, {e}]))"),
                    StrMethod::Append => format!("[{e}].append({e})"),
                    StrMethod::Pop => format!("[1, 2, {e}].pop()"),
                    StrMethod::Keys => format!("list({{{e}: 1}}.keys())"),
                    StrMethod::Get => format!("{{1: {e}}}.get({e})"),
                }
            }
        }
    }

    fn stmt(&mut self, ctx: Ctx, s: &Stmt) {
        let inner = ctx.deeper();
        let asy = ctx.is_async();
        match s {
            Stmt::Assign(v, e) => {
                let text = format!("{} = cap({})", var(*v), self.expr(e, 0));
                self.line(ctx, &text);
            }
            Stmt::Aug(v, op, e) => {
                // `v = cap(v <op> e)`: an augmented assignment that cannot grow for ever.
                let text = format!("{} = cap{}", var(*v), bin(*op, var(*v), &self.expr(e, 1)));
                self.line(ctx, &text);
            }
            Stmt::Print(es) => {
                let args: Vec<String> = es.iter().take(3).map(|e| self.expr(e, 0)).collect();
                let text = format!("print({})", args.join(", "));
                self.line(ctx, &text);
            }
            Stmt::If(c, then, other) => {
                let text = format!("if {}:", self.expr(c, 0));
                self.line(ctx, &text);
                self.block(inner, then);
                if !other.is_empty() {
                    self.line(ctx, "else:");
                    self.block(inner, other);
                }
            }
            Stmt::For(v, n, body) => {
                let text = format!("for {} in range({}):", var(*v), n % 5);
                self.line(ctx, &text);
                let body_ctx = Ctx {
                    loop_ok: true,
                    ..inner
                };
                self.line(body_ctx, "tick()");
                self.block(body_ctx, body);
            }
            Stmt::While(n, body) => {
                let w = format!("w{}", ctx.nest * 10 + ctx.loops);
                self.line(ctx, &format!("{w} = 0"));
                self.line(ctx, &format!("while {w} < {}:", n % 5));
                let body_ctx = Ctx {
                    loop_ok: true,
                    loops: ctx.loops + 1,
                    ..inner
                };
                self.line(body_ctx, &format!("{w} += 1"));
                self.line(body_ctx, "tick()");
                self.block(body_ctx, body);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.line(ctx, "try:");
                self.block(inner, body);
                let mut any = false;
                let mut bare = false;
                for (e, h) in handlers.iter().take(3) {
                    if bare {
                        break;
                    }
                    match e {
                        Some(e) => {
                            let text = format!("except {} as e:", exc(*e));
                            self.line(ctx, &text);
                        }
                        None => {
                            self.line(ctx, "except:");
                            bare = true;
                        }
                    }
                    let h_ctx = Ctx {
                        in_handler: true,
                        ..inner
                    };
                    if e.is_some() {
                        self.line(h_ctx, "print('caught', type(e).__name__)");
                    } else {
                        self.line(h_ctx, "print('caught')");
                    }
                    self.block(h_ctx, h);
                    any = true;
                }
                if any && !orelse.is_empty() {
                    self.line(ctx, "else:");
                    self.block(inner, orelse);
                }
                if let Some(f) = finally {
                    self.line(ctx, "finally:");
                    self.block(inner, f);
                } else if !any {
                    self.line(ctx, "finally:");
                    self.line(inner, "print('finally')");
                }
            }
            Stmt::TryStar(body, handlers) => {
                self.line(ctx, "try:");
                self.block(inner, body);
                let star = Ctx {
                    in_star: true,
                    loop_ok: false,
                    in_handler: false,
                    ..inner
                };
                let mut any = false;
                for (e, h) in handlers.iter().take(3) {
                    let name = match e {
                        // `except*` refuses to match groups themselves and BaseExceptionGroup.
                        Exc::Group | Exc::BaseException => "Exception",
                        _ => exc(*e),
                    };
                    self.line(ctx, &format!("except* {name} as eg:"));
                    self.line(star, "print('group', len(eg.exceptions))");
                    self.block(star, h);
                    any = true;
                }
                if !any {
                    self.line(ctx, "except* ValueError:");
                    self.line(star, "pass");
                }
            }
            Stmt::Raise(e, arg) => {
                let arg = arg.map_or(String::new(), |v| var(v).to_string());
                let text = format!("raise {}", exc_value(*e, &arg));
                self.line(ctx, &text);
            }
            Stmt::Reraise => {
                if ctx.in_handler {
                    self.line(ctx, "raise");
                } else {
                    self.line(ctx, "raise ValueError('again') from None");
                }
            }
            Stmt::Return(e) => {
                if ctx.kind.is_none() || ctx.in_star {
                    return;
                }
                match (e, ctx.kind) {
                    (Some(e), Some(k)) if k != Kind::AsyncGen => {
                        let text = format!("return {}", self.expr(e, 0));
                        self.line(ctx, &text);
                    }
                    _ => self.line(ctx, "return"),
                }
            }
            Stmt::Break => {
                if ctx.loop_ok {
                    self.line(ctx, "break");
                }
            }
            Stmt::Continue => {
                if ctx.loop_ok {
                    self.line(ctx, "continue");
                }
            }
            Stmt::Yield(e, into) => {
                if !matches!(ctx.kind, Some(Kind::Gen | Kind::AsyncGen)) {
                    return;
                }
                let value = e
                    .as_ref()
                    .map_or(String::new(), |e| format!(" {}", self.expr(e, 0)));
                let text = match into {
                    Some(v) => format!("{} = yield{value}", var(*v)),
                    None => format!("yield{value}"),
                };
                self.line(ctx, &text);
            }
            Stmt::Use(f, v, args, how) => self.call(ctx, *f, *v, args, *how),
            Stmt::Sleep(d) => {
                if asy {
                    self.line(ctx, &format!("await asyncio.sleep({})", delay(*d)));
                }
            }
            Stmt::TimeSleep(d) => self.line(ctx, &format!("time.sleep({})", delay(*d))),
            Stmt::Gather(fs, ret, v) => {
                if !asy {
                    return;
                }
                let coros: Vec<String> = fs
                    .iter()
                    .take(4)
                    .filter_map(|f| self.pick(ctx.callable, *f, &[Kind::Async]))
                    .map(|(i, _)| format!("f{i}()"))
                    .collect();
                let mut args = coros;
                if *ret {
                    args.push("return_exceptions=True".into());
                }
                let text = format!("{} = await asyncio.gather({})", var(*v), args.join(", "));
                self.line(ctx, &text);
            }
            Stmt::CreateTask(f, name) => {
                if !asy {
                    return;
                }
                if let Some((i, _)) = self.pick(ctx.callable, *f, &[Kind::Async]) {
                    let name = name.map_or(String::new(), |n| format!(", name='T{}'", n % 4));
                    self.line(ctx, &format!("t = asyncio.create_task(f{i}(){name})"));
                }
            }
            Stmt::AwaitTask(v) => {
                if asy {
                    self.line(ctx, "if t is not None:");
                    self.line(inner, &format!("{} = await t", var(*v)));
                }
            }
            Stmt::CancelTask(msg) => {
                self.line(ctx, "if t is not None:");
                let msg = msg.map_or(String::new(), |m| format!("'m{m}'"));
                self.line(inner, &format!("t.cancel({msg})"));
            }
            Stmt::WaitFor(f, d, v) => {
                if !asy {
                    return;
                }
                if let Some((i, _)) = self.pick(ctx.callable, *f, &[Kind::Async]) {
                    let text = format!(
                        "{} = await asyncio.wait_for(f{i}(), {})",
                        var(*v),
                        delay(*d)
                    );
                    self.line(ctx, &text);
                }
            }
            Stmt::Timeout(d, body) => {
                if !asy {
                    return;
                }
                self.line(ctx, &format!("async with asyncio.timeout({}):", delay(*d)));
                self.block(inner, body);
            }
            Stmt::TaskGroup(fs, body) => {
                if !asy {
                    return;
                }
                self.line(ctx, "async with asyncio.TaskGroup() as tg:");
                for f in fs.iter().take(3) {
                    if let Some((i, _)) = self.pick(ctx.callable, *f, &[Kind::Async]) {
                        self.line(inner, &format!("tg.create_task(f{i}())"));
                    }
                }
                self.block(inner, body);
            }
            Stmt::Lock(body) => {
                if !asy {
                    return;
                }
                self.lock = true;
                self.line(ctx, "async with LOCK:");
                self.block(inner, body);
            }
            Stmt::Put(e) => {
                self.queue = true;
                let e = self.expr(e, 0);
                if asy {
                    self.line(ctx, &format!("await Q.put({e})"));
                } else {
                    self.line(ctx, &format!("Q.put_nowait({e})"));
                }
            }
            Stmt::Get(v, wait) => {
                self.queue = true;
                if asy && *wait {
                    self.line(ctx, &format!("{} = await Q.get()", var(*v)));
                } else {
                    self.line(ctx, &format!("{} = Q.get_nowait()", var(*v)));
                }
            }
            Stmt::ToThread(f, v) => {
                if !asy {
                    return;
                }
                if let Some((i, _)) = self.pick(ctx.callable, *f, &[Kind::Sync]) {
                    let text = format!("{} = cap(await asyncio.to_thread(f{i}, a))", var(*v));
                    self.line(ctx, &text);
                }
            }
            Stmt::Closure(v, e, nonlocal) => {
                let name = format!("inner{}", ctx.nest);
                self.line(ctx, &format!("def {name}(x=0):"));
                if *nonlocal && ctx.kind.is_some() {
                    self.line(inner, &format!("nonlocal {}", var(*v)));
                    let text = format!("{} = cap({} + 1)", var(*v), var(*v));
                    self.line(inner, &text);
                }
                let text = format!("return {}", self.expr(e, 1));
                self.line(inner, &text);
                self.line(ctx, &format!("{} = cap({name}())", var(*v)));
            }
            Stmt::Input(v) => self.line(ctx, &format!("{} = input()", var(*v))),
            Stmt::Del(v) => {
                // Deleted, then defined again: a name error stays a choice of the program.
                self.line(ctx, &format!("del {}", var(*v)));
                self.line(ctx, &format!("{} = 0", var(*v)));
            }
            Stmt::Assert(e) => {
                let text = format!("assert {}, 'assertion'", self.expr(e, 0));
                self.line(ctx, &text);
            }
        }
    }

    /// A call of an earlier function, in the form its kind and the caller allow.
    fn call(&mut self, ctx: Ctx, f: u8, v: Var, args: &[Expr], how: UseHow) {
        let Some((i, kind)) = self.pick(
            ctx.callable,
            f,
            &[Kind::Sync, Kind::Async, Kind::Gen, Kind::AsyncGen],
        ) else {
            return;
        };
        let args: Vec<String> = args.iter().take(3).map(|e| self.expr(e, 1)).collect();
        let call = format!("f{i}({})", args.join(", "));
        let inner = ctx.deeper();
        let v = var(v);
        let asy = ctx.is_async();
        let gen = ctx.kind == Some(Kind::Gen);
        match (kind, how) {
            (Kind::Sync, _) => self.line(ctx, &format!("{v} = cap({call})")),
            (Kind::Async, UseHow::Plain) if asy => {
                self.line(ctx, &format!("{v} = cap(await {call})"));
            }
            (Kind::Async, UseHow::Other) if asy => {
                self.line(ctx, &format!("{v} = await asyncio.shield({call})"));
            }
            (Kind::Async, UseHow::Plain) if ctx.kind.is_none() => {
                self.line(ctx, &format!("{v} = asyncio.run({call})"));
            }
            (Kind::Async, UseHow::Plain | UseHow::Other) => {
                self.line(ctx, &format!("{call}.close()"));
            }
            (Kind::Async, UseHow::Third) => {
                // Made and dropped: CPython's "never awaited" warning.
                self.line(ctx, &call);
            }
            (Kind::Gen, UseHow::Plain) => {
                self.line(ctx, &format!("for {v} in {call}:"));
                let body = Ctx {
                    loop_ok: true,
                    ..inner
                };
                self.line(body, "tick()");
                self.line(body, &format!("print('got', {v})"));
            }
            (Kind::Gen, UseHow::Other) if gen => {
                self.line(ctx, &format!("{v} = yield from {call}"));
            }
            (Kind::Gen, UseHow::Other) => self.line(ctx, &format!("{v} = list({call})")),
            (Kind::Gen, UseHow::Third) => {
                self.line(ctx, &format!("g = {call}"));
                self.line(ctx, &format!("{v} = next(g, None)"));
                self.line(ctx, &format!("{v} = g.send({v})"));
                self.line(ctx, "g.throw(ValueError('thrown'))");
            }
            (Kind::AsyncGen, UseHow::Plain) if asy => {
                self.line(ctx, &format!("async for {v} in {call}:"));
                let body = Ctx {
                    loop_ok: true,
                    ..inner
                };
                self.line(body, "tick()");
                self.line(body, &format!("print('agot', {v})"));
            }
            (Kind::AsyncGen, UseHow::Other) if asy => {
                self.line(ctx, &format!("{v} = [x async for x in {call}]"));
            }
            (Kind::AsyncGen, UseHow::Third) if asy => {
                self.line(ctx, &format!("ag = {call}"));
                self.line(ctx, &format!("{v} = await anext(ag, None)"));
                self.line(ctx, "await ag.aclose()");
            }
            (Kind::AsyncGen, _) => self.line(ctx, &format!("{v} = {call}")),
        }
    }
}
