//! The abstract syntax tree: every node carries its byte span; names carry their resolved storage.

use super::span::Span;
use super::token::IntLit;
use std::rc::Rc;

/// Where a name lives, filled in by the resolver before evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum NameRef {
    Unresolved,
    /// A slot in the current frame's locals.
    Local(u32),
    /// A slot in the current frame's cells (captured or captured-from variables).
    Cell(u32),
    /// A slot in the module's global table (falls back to builtins when unset).
    Global(u32),
    /// Inside a class body: the class namespace first, then the global slot.
    ClassBody(u32),
}

#[derive(Debug, Clone)]
pub struct Name {
    pub id: Rc<str>,
    pub at: NameRef,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
    /// The special-method names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
            BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
            BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Rc<str>, Expr),
    StarStar(Expr),
}

#[derive(Debug, Clone)]
pub enum FPart {
    Lit(Rc<str>),
    Field {
        value: Box<Expr>,
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
    },
}

#[derive(Debug, Clone)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub conds: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(IntLit),
    Float(f64),
    Imag(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    FString(Vec<FPart>),
    Bool(bool),
    None,
    Ellipsis,
    Name(Name),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` key means `**mapping`.
    Dict(Vec<(Option<Expr>, Expr)>),
    Starred(Box<Expr>),
    Attribute(Box<Expr>, Rc<str>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Call(Box<Expr>, Vec<Arg>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Lambda(Rc<FuncDef>),
    ListComp(Box<Expr>, Vec<Comprehension>),
    SetComp(Box<Expr>, Vec<Comprehension>),
    DictComp(Box<Expr>, Box<Expr>, Vec<Comprehension>),
    GenExp(Box<Expr>, Vec<Comprehension>),
    /// Placeholder after a recovered parse error; never evaluated.
    Error,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Rc<str>,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    pub positional: Vec<Param>,
    /// How many of `positional` are positional-only (before `/`).
    pub posonly: usize,
    pub varargs: Option<Rc<str>>,
    pub kwonly: Vec<Param>,
    pub varkw: Option<Rc<str>>,
}

/// Storage layout of one function frame, computed by the resolver.
#[derive(Debug, Clone, Default)]
pub struct FrameLayout {
    pub n_locals: u32,
    /// Cells created fresh by this frame (captured locals).
    pub n_cells: u32,
    /// For each parameter (in binding order: positional, *args, kw-only, **kw): where it is stored.
    pub param_slots: Vec<NameRef>,
    /// Cells captured from the enclosing frame at definition time, by the enclosing frame's cell index.
    pub free_from_parent: Vec<u32>,
    /// Local variable names by slot, for error messages (`local variable 'x' referenced before assignment`).
    pub local_names: Rc<[Rc<str>]>,
    pub cell_names: Rc<[Rc<str>]>,
}

#[derive(Debug, Clone)]
pub struct FuncDef {
    pub name: Rc<str>,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub is_lambda: bool,
    pub span: Span,
    pub layout: FrameLayout,
}

#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: Rc<str>,
    pub bases: Vec<Arg>,
    pub body: Vec<Stmt>,
    pub span: Span,
    pub layout: FrameLayout,
}

#[derive(Debug, Clone)]
pub struct Handler {
    pub kind: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ImportName {
    pub module: Rc<str>,
    pub alias: Option<Name>,
    /// For `import a.b`: the name bound is `a`.
    pub bind: Name,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    AnnAssign(Expr, Expr, Option<Expr>),
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Global(Vec<Rc<str>>),
    Nonlocal(Vec<Rc<str>>),
    Assert(Expr, Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finally: Vec<Stmt>,
    },
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    FunctionDef {
        def: Rc<FuncDef>,
        decorators: Vec<Expr>,
        target: Name,
    },
    ClassDef {
        def: Rc<ClassDef>,
        decorators: Vec<Expr>,
        target: Name,
    },
    Import(Vec<ImportName>),
    /// `from m import a as b, c`; `names` empty means `*`.
    ImportFrom {
        module: Rc<str>,
        names: Vec<(Rc<str>, Name)>,
    },
    Error,
}

/// A parsed compilation unit (file, REPL input, `-c` string) with its module-level frame layout.
#[derive(Debug, Clone, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
    pub layout: FrameLayout,
}
