//! `torch.device` objects: parsed from `'cpu'`, `'cuda:1'`, `('cuda', 0)` or an index, compared and printed as
//! PyTorch's; tensors live on the CPU, and asking for a CUDA device fails as PyTorch does without a GPU.

use super::*;
use crate::library::args;

/// The data of a `torch.device` object.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Device {
    kind: String,
    index: Option<i64>,
}

/// The device types PyTorch's parser knows, in the order of its error message.
const DEVICE_TYPES: &[&str] = &[
    "cpu",
    "cuda",
    "ipu",
    "xpu",
    "mkldnn",
    "opengl",
    "opencl",
    "ideep",
    "hip",
    "ve",
    "fpga",
    "maia",
    "xla",
    "lazy",
    "vulkan",
    "mps",
    "meta",
    "hpu",
    "mtia",
    "privateuseone",
];

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

/// A device string: a type, optionally `:index`.
fn parse(s: &str) -> Res<Device> {
    let (kind, index) = match s.split_once(':') {
        Some((k, i)) => {
            let n = i
                .parse::<i64>()
                .ok()
                .filter(|n| *n >= 0 && !i.starts_with('+'))
                .ok_or_else(|| runtime(format!("Invalid device string: '{s}'")))?;
            (k, Some(n))
        }
        None => (s, None),
    };
    if !DEVICE_TYPES.contains(&kind) {
        return Err(runtime(format!(
            "Expected one of {} device type at start of device string: {s}",
            DEVICE_TYPES.join(", ")
        )));
    }
    Ok(Device {
        kind: kind.to_string(),
        index,
    })
}

/// The device a `device=` argument (a string, a `torch.device` or a CUDA index) names; None when not given.
fn device_of(v: &Value) -> Res<Option<Device>> {
    match v {
        Value::None => Ok(None),
        Value::Str(s) => parse(s).map(Some),
        Value::Int(i) if *i >= 0 => Ok(Some(Device {
            kind: "cuda".into(),
            index: Some(*i),
        })),
        Value::Int(i) => Err(runtime(format!(
            "Device index must not be negative, got {i}"
        ))),
        Value::Native(n) => n
            .data
            .borrow()
            .downcast_ref::<Device>()
            .cloned()
            .map(Some)
            .ok_or_else(|| not_a_device(v)),
        other => Err(not_a_device(other)),
    }
}

fn not_a_device(v: &Value) -> Box<Exc> {
    type_error(format!(
        "device() received an invalid combination of arguments - got ({})",
        v.type_name()
    ))
}

/// Check a `device=` argument: the CPU is the only device; CUDA devices fail as PyTorch fails on a machine
/// without a GPU, other known device types as unsupported.
pub fn check_device(v: &Value) -> Res<()> {
    match device_of(v)? {
        None => Ok(()),
        Some(d) if d.kind == "cpu" => Ok(()),
        Some(d) if d.kind == "cuda" => Err(runtime(
            "Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx",
        )),
        Some(d) => Err(Exc::new(
            ExcType::NotImplementedError,
            format!("tensors on the '{}' device are not supported by nabla", d.kind),
        )),
    }
}

/// Whether `v` names a device (a device string or object), as `Tensor.to` tells devices from dtypes.
pub fn is_device(v: &Value) -> bool {
    matches!(v, Value::Str(_))
        || matches!(v, Value::Native(n) if n.data.borrow().downcast_ref::<Device>().is_some())
}

/// The `torch.device` object of `d`.
fn device_value(me: &Interp, d: Device) -> Res<Value> {
    let class = with_state(me, |s| s.device.clone())?;
    // As a dict key it stands for this tuple (equal devices find each other).
    let key = Value::tuple(vec![
        Value::str("torch.device"),
        Value::str(&d.kind),
        d.index.map_or(Value::None, Value::Int),
    ]);
    Ok(Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(d)),
        hash_as: Some(key),
    })))
}

/// `t.device`: the CPU.
pub fn cpu(me: &Interp) -> Res<Value> {
    device_value(
        me,
        Device {
            kind: "cpu".into(),
            index: None,
        },
    )
}

fn the_device(v: &Value) -> Res<Device> {
    device_of(v)?.ok_or_else(|| not_a_device(v))
}

fn new_device(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let mut d = match &a[1] {
        Value::Str(_) | Value::Int(_) | Value::Native(_) => the_device(&a[1])?,
        other => return Err(not_a_device(other)),
    };
    if !matches!(a[2], Value::None) {
        if d.index.is_some() {
            return Err(runtime(
                "type (string) must not include an index because index was passed explicitly",
            ));
        }
        let i = args::int(&a[2], "index")?;
        if i < 0 {
            return Err(runtime(format!(
                "Device index must not be negative, got {i}"
            )));
        }
        d.index = Some(i);
    }
    device_value(me, d)
}

fn text(d: &Device) -> String {
    match d.index {
        Some(i) => format!("{}:{i}", d.kind),
        None => d.kind.clone(),
    }
}

/// Methods of `torch.device`.
pub const DEVICE_METHODS: &[Def] = &[
    Def {
        name: "__new__",
        sig: "cls, type, index=None, /",
        doc: "A device: torch.device('cpu'), torch.device('cuda:0'), torch.device('cuda', 0).",
        func: new_device,
    },
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "device(type='cpu')",
        func: |_, a| {
            let d = the_device(&a[0])?;
            Ok(Value::str(&match d.index {
                Some(i) => format!("device(type='{}', index={i})", d.kind),
                None => format!("device(type='{}')", d.kind),
            }))
        },
    },
    Def {
        name: "__str__",
        sig: "self, /",
        doc: "cpu",
        func: |_, a| Ok(Value::str(&text(&the_device(&a[0])?))),
    },
    Def {
        name: "__eq__",
        sig: "self, other, /",
        doc: "Whether both are the same device (a string is not a device).",
        func: |_, a| {
            let d = the_device(&a[0])?;
            Ok(Value::Bool(matches!(&a[1], Value::Native(n)
                if n.data.borrow().downcast_ref::<Device>() == Some(&d))))
        },
    },
    Def {
        name: "__hash__",
        sig: "self, /",
        doc: "hash(device)",
        func: |_, a| {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            the_device(&a[0])?.hash(&mut h);
            Ok(Value::Int(h.finish() as i64 >> 1))
        },
    },
];

/// Properties of `torch.device`.
pub const DEVICE_PROPERTIES: &[Def] = &[
    Def {
        name: "type",
        sig: "self, /",
        doc: "The device type ('cpu', 'cuda', ...).",
        func: |_, a| Ok(Value::str(&the_device(&a[0])?.kind)),
    },
    Def {
        name: "index",
        sig: "self, /",
        doc: "The device index (None when not given).",
        func: |_, a| Ok(the_device(&a[0])?.index.map_or(Value::None, Value::Int)),
    },
];
