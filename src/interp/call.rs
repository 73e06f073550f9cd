//! Calling: ONE argument binder for `def`s and native builtins alike, and dispatch over callable kinds.

use super::eval::{Flow, Frame};
use super::exceptions::{type_error, Exc, ExcType};
use super::value::*;
use super::Interp;
use crate::syntax::ast::NameRef;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// Call any callable with positional and keyword arguments.
    pub fn call(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Res<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::Builtin(b) => self.call_builtin(b, args, kwargs),
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args);
                self.call(&m.func, full, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(f);
                match class.lookup("__call__") {
                    Some(m) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(f.clone());
                        full.extend(args);
                        self.call(&m, full, kwargs)
                    }
                    None => Err(type_error(format!(
                        "'{}' object is not callable",
                        class.name
                    ))),
                }
            }
            Value::StaticMethod(inner) => self.call(&inner.clone(), args, kwargs),
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                self.class_of(f).tp_name()
            ))),
        }
    }

    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Res<Value> {
        let def = &func.def;
        let bound = bind(&func.sig, &func.qualname, args, kwargs)?;
        if self.depth >= super::RECURSION_LIMIT {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let mut frame = Frame::new(
            func.globals.clone(),
            func.source.clone(),
            &def.layout,
            func.qualname.clone(),
        );
        let n_own = def.layout.n_cells as usize;
        frame.cells.truncate(n_own);
        frame.cells.extend(func.cells.iter().cloned());
        for (slot, v) in def.layout.param_slots.iter().zip(bound) {
            match slot {
                NameRef::Local(i) => frame.locals[*i as usize] = Some(v),
                NameRef::Cell(i) => {
                    if let Some(c) = frame.cells.get(*i as usize) {
                        *c.borrow_mut() = Some(v);
                    }
                }
                _ => {}
            }
        }
        frame.def_class = match func.attrs.borrow().get("__class__") {
            Some(Value::Class(c)) => Some(c.clone()),
            _ => None,
        };
        if frame.def_class.is_some() {
            frame.first_arg = match def.layout.param_slots.first() {
                Some(NameRef::Local(i)) => frame.locals.get(*i as usize).cloned().flatten(),
                Some(NameRef::Cell(i)) => frame
                    .cells
                    .get(*i as usize)
                    .and_then(|c| c.borrow().clone()),
                _ => None,
            };
        }
        self.check_interrupt()?;
        self.depth += 1;
        let r = self.exec_block(&mut frame, &def.body);
        self.depth -= 1;
        match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(self.unwind(e, &frame)),
        }
    }

    pub fn call_builtin(
        &mut self,
        b: &Rc<Builtin>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Res<Value> {
        let sig = self.builtin_signature(b)?;
        let bound = bind(&sig, b.name, args, kwargs)?;
        match b.tagged {
            Some((f, tag)) => f(self, tag, bound),
            None => (b.func)(self, bound),
        }
    }

    /// Parse a builtin's Python-syntax parameter list once and cache it.
    pub fn builtin_signature(&mut self, b: &Builtin) -> Res<Rc<Signature>> {
        if let Some(s) = b.parsed.get() {
            return Ok(s.clone());
        }
        let sig = Rc::new(self.parse_signature(b.sig).map_err(|m| {
            Exc::new(
                ExcType::RuntimeError,
                format!("internal error: bad signature for {}: {m}", b.name),
            )
        })?);
        let _ = b.parsed.set(sig.clone());
        Ok(sig)
    }

    /// Turn `"x, /, y=None, *args, key=None, **kw"` into a signature, evaluating defaults as Python literals.
    pub fn parse_signature(&mut self, text: &str) -> Result<Signature, String> {
        let src = format!("def _f({text}): pass\n");
        let mut module =
            crate::syntax::parser::parse_module(&src).map_err(|e| format!("{:?}", e[0].message))?;
        let mut names = crate::syntax::resolve::GlobalNames::default();
        crate::syntax::resolve::resolve_module(&mut module, &mut names)
            .map_err(|e| e[0].message.clone())?;
        let Some(crate::syntax::ast::StmtKind::FunctionDef { def, .. }) =
            module.body.first().map(|s| &s.kind)
        else {
            return Err("not a def".into());
        };
        let source = Rc::new(crate::syntax::span::SourceFile::new(
            "<signature>",
            src.clone(),
        ));
        let globals = Rc::new(Globals::new("builtins"));
        let mut frame = Frame::new(globals, source, &module.layout, Rc::from("<signature>"));
        let mut sig = Signature {
            posonly: def.params.posonly,
            ..Default::default()
        };
        for p in &def.params.positional {
            let d = match &p.default {
                Some(e) => Some(
                    self.eval(&mut frame, e)
                        .map_err(|_| "bad default".to_string())?,
                ),
                None => None,
            };
            sig.positional.push(SigParam {
                name: p.name.clone(),
                default: d,
            });
        }
        for p in &def.params.kwonly {
            let d = match &p.default {
                Some(e) => Some(
                    self.eval(&mut frame, e)
                        .map_err(|_| "bad default".to_string())?,
                ),
                None => None,
            };
            sig.kwonly.push(SigParam {
                name: p.name.clone(),
                default: d,
            });
        }
        sig.varargs = def.params.varargs.clone();
        sig.varkw = def.params.varkw.clone();
        Ok(sig)
    }

    fn instantiate(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Res<Value> {
        // Builtin types construct natively (`int(x)`, `list(it)`); user classes and exceptions get an
        // instance that `__init__` fills in. (A `__new__` written in Python is not supported.)
        let is_user = c
            .mro
            .borrow()
            .iter()
            .any(|k| k.dict.borrow().contains_key("__module__"));
        if !is_user && !c.is_exception {
            if let Some(Value::Builtin(new)) = c.lookup("__new__") {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Class(c.clone()));
                full.extend(args);
                return self.call_builtin(&new, full, kwargs);
            }
        }
        let inst = Value::Instance(Rc::new(Instance {
            class: c.clone(),
            dict: RefCell::new(Attrs::default()),
        }));
        if c.is_exception {
            if c.is_subclass_of(&self.exc_class(ExcType::UnicodeEncodeError)) {
                check_unicode_encode_error_args(&args)?;
            }
            if let Value::Instance(i) = &inst {
                i.dict
                    .borrow_mut()
                    .insert(Rc::from("args"), Value::tuple(args.clone()));
            }
        }
        match c.lookup("__init__") {
            Some(Value::Builtin(b)) if b.name == "__init__" && b.qualname == Some("object") => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(type_error(format!("{}() takes no arguments", c.name)));
                }
            }
            Some(init) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(inst.clone());
                full.extend(args);
                let r = self.call(&init, full, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.class_of(&r).tp_name()
                    )));
                }
            }
            None => {
                if !c.is_exception && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(type_error(format!("{}() takes no arguments", c.name)));
                }
            }
        }
        Ok(inst)
    }

    /// `super()` with no arguments: the class the running method was defined in, and its first argument.
    pub fn zero_arg_super(
        &mut self,
        def_class: Option<Rc<Class>>,
        first: Option<Value>,
    ) -> Res<Value> {
        let (Some(cls), Some(obj)) = (def_class, first) else {
            return Err(Exc::new(ExcType::RuntimeError, "super(): no arguments"));
        };
        self.make_super(cls, obj)
    }

    pub fn make_super(&mut self, cls: Rc<Class>, obj: Value) -> Res<Value> {
        let Some(Value::Class(sup)) = self.builtins.get("super").cloned() else {
            return Err(Exc::new(ExcType::RuntimeError, "super unavailable"));
        };
        let inst = Instance {
            class: sup,
            dict: RefCell::new(Attrs::default()),
        };
        inst.dict
            .borrow_mut()
            .insert(Rc::from("__thisclass__"), Value::Class(cls));
        inst.dict.borrow_mut().insert(Rc::from("__self__"), obj);
        Ok(Value::Instance(Rc::new(inst)))
    }

    /// Attribute lookup through a `super` object: the MRO of the receiver's type after `__thisclass__`.
    pub fn super_getattr(&mut self, sup: &Instance, name: &str) -> Res<Value> {
        let (this, obj) = {
            let d = sup.dict.borrow();
            (d.get("__thisclass__").cloned(), d.get("__self__").cloned())
        };
        let (Some(Value::Class(this)), Some(obj)) = (this, obj) else {
            return Err(super::exceptions::attribute_error(format!(
                "'super' object has no attribute '{name}'"
            )));
        };
        let start_class = match &obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other),
        };
        let mro = start_class.mro.borrow().clone();
        let after = mro
            .iter()
            .position(|k| Rc::ptr_eq(k, &this))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for k in &mro[after..] {
            let found = k.dict.borrow().get(name).cloned();
            if let Some(v) = found {
                return Ok(match v {
                    Value::Function(_) | Value::Builtin(_) if !matches!(obj, Value::Class(_)) => {
                        Value::BoundMethod(Rc::new(BoundMethod {
                            receiver: obj.clone(),
                            func: v,
                        }))
                    }
                    Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                        receiver: Value::Class(start_class.clone()),
                        func: (*f).clone(),
                    })),
                    Value::StaticMethod(f) => (*f).clone(),
                    Value::Property(p) => {
                        return self.call(&p.fget.clone(), vec![obj.clone()], vec![])
                    }
                    other => other,
                });
            }
        }
        Err(super::exceptions::attribute_error(format!(
            "'super' object has no attribute '{name}'"
        )))
    }

    /// A short name for a callable, for error messages.
    pub fn callable_name(&self, f: &Value) -> String {
        match f {
            Value::Function(func) => func.def.name.to_string(),
            Value::Builtin(b) => b.name.to_string(),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => c.name.to_string(),
            _ => self.class_of(f).name.to_string(),
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn quote_list(names: &[Rc<str>]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Bind arguments to parameter slots: positional, then `*args` (a tuple), keyword-only, then `**kwargs` (a dict).
/// Error messages follow CPython's wording.
pub fn bind(
    sig: &Signature,
    fname: &str,
    mut args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> Res<Vec<Value>> {
    let npos = sig.positional.len();
    // The common case (every operator dunder, most method calls): positional arguments only, with defaults
    // for the rest; the arguments themselves become the slots.
    let simple = kwargs.is_empty()
        && sig.varargs.is_none()
        && sig.kwonly.is_empty()
        && sig.varkw.is_none()
        && args.len() <= npos;
    if simple
        && sig.positional[args.len()..]
            .iter()
            .all(|p| p.default.is_some())
    {
        let given = args.len();
        args.extend(
            sig.positional[given..]
                .iter()
                .filter_map(|p| p.default.clone()),
        );
        return Ok(args);
    }
    let mut slots: Vec<Option<Value>> = vec![None; npos];
    let extra = if args.len() > npos {
        args.split_off(npos)
    } else {
        Vec::new()
    };
    let given = args.len();
    for (i, a) in args.into_iter().enumerate() {
        slots[i] = Some(a);
    }
    if !extra.is_empty() && sig.varargs.is_none() {
        let required = sig
            .positional
            .iter()
            .filter(|p| p.default.is_none())
            .count();
        let takes = if required == npos {
            plural(npos, "positional argument")
        } else {
            format!("from {} to {} positional arguments", required, npos)
        };
        let kw_given = kwargs
            .iter()
            .filter(|(k, _)| sig.kwonly.iter().any(|p| &p.name == k))
            .count();
        let was = if given + extra.len() == 1 {
            "was"
        } else {
            "were"
        };
        let msg = if kw_given > 0 {
            format!(
                "{fname}() takes {takes} but {} positional argument{} (and {} keyword-only argument{}) were given",
                given + extra.len(),
                if given + extra.len() == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname}() takes {takes} but {} {was} given",
                given + extra.len()
            )
        };
        return Err(type_error(msg));
    }
    let mut kwonly: Vec<Option<Value>> = vec![None; sig.kwonly.len()];
    let mut varkw = Dict::default();
    for (k, v) in kwargs {
        if let Some(i) = sig.positional.iter().position(|p| p.name == k) {
            if i < sig.posonly {
                if sig.varkw.is_some() {
                    varkw.insert(HKey(Value::Str(k)), v);
                    continue;
                }
                return Err(type_error(format!(
                    "{fname}() got some positional-only arguments passed as keyword arguments: '{k}'"
                )));
            }
            if slots[i].is_some() {
                return Err(type_error(format!(
                    "{fname}() got multiple values for argument '{k}'"
                )));
            }
            slots[i] = Some(v);
        } else if let Some(i) = sig.kwonly.iter().position(|p| p.name == k) {
            kwonly[i] = Some(v);
        } else if sig.varkw.is_some() {
            varkw.insert(HKey(Value::Str(k)), v);
        } else {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let mut missing = Vec::new();
    for (i, p) in sig.positional.iter().enumerate() {
        if slots[i].is_none() {
            match &p.default {
                Some(d) => slots[i] = Some(d.clone()),
                None => missing.push(p.name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quote_list(&missing)
        )));
    }
    for (i, p) in sig.kwonly.iter().enumerate() {
        if kwonly[i].is_none() {
            match &p.default {
                Some(d) => kwonly[i] = Some(d.clone()),
                None => missing.push(p.name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quote_list(&missing)
        )));
    }
    let mut out: Vec<Value> = Vec::with_capacity(sig.n_slots());
    out.extend(slots.into_iter().map(|s| s.unwrap_or(Value::None)));
    if sig.varargs.is_some() {
        out.push(Value::tuple(extra));
    }
    out.extend(kwonly.into_iter().map(|s| s.unwrap_or(Value::None)));
    if sig.varkw.is_some() {
        out.push(Value::dict(varkw));
    }
    Ok(out)
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` takes exactly these five, typed as CPython checks.
fn check_unicode_encode_error_args(args: &[Value]) -> Res<()> {
    if args.len() != 5 {
        return Err(type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            args.len()
        )));
    }
    for (i, (arg, want_str)) in args
        .iter()
        .zip([true, true, false, false, true])
        .enumerate()
    {
        let ok = if want_str {
            matches!(arg, Value::Str(_))
        } else {
            matches!(arg, Value::Int(_))
        };
        if !ok {
            return Err(type_error(if want_str {
                format!("argument {} must be str, not {}", i + 1, arg.type_name())
            } else {
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    arg.type_name()
                )
            }));
        }
    }
    Ok(())
}
