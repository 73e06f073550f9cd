//! Ctrl-C inside a long kernel: the kernel stops at its next chunk and the statement running it raises
//! KeyboardInterrupt, which `except` can catch; the session goes on. The stop is requested before the kernel
//! starts (as if Ctrl-C came during its first chunk), so no timing is involved. One test in its own binary:
//! the request flag is process-wide.

use nabla::interp::Output;
use nabla::Session;

fn printed(session: &mut Session, code: &str) -> String {
    session.interp.out = Output::Buffer(Vec::new());
    let ran = session.run_source("<test>", code, false);
    assert!(ran.is_ok(), "the code raised: {code}");
    match &session.interp.out {
        Output::Buffer(b) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    }
}

#[test]
fn ctrl_c_stops_elementwise_reduction_and_matmul_kernels() {
    let mut session = Session::new(vec!["interrupt".into()]);
    printed(
        &mut session,
        "import numpy as np\nimport torch\nx = np.ones(4_000_000)\nm = np.ones((8, 64, 64))\n\
         t = torch.ones(4_000_000)\n",
    );
    for (kernel, check) in [
        ("y = x * 2.0", "y[0]"),
        ("y = np.exp(x)", "y[0]"),
        ("y = x.sum()", "y"),
        ("y = m @ m", "y[0, 0, 0]"),
        ("y = (t + 1).sum()", "y"),
    ] {
        nabla::tensor::cancel::request();
        let code = format!(
            "try:\n    {kernel}\n    print('finished')\nexcept KeyboardInterrupt:\n    print('interrupted')\n"
        );
        assert_eq!(printed(&mut session, &code), "interrupted\n", "{kernel}");
        // The interrupt was taken: the same kernel now runs to the end.
        let again = printed(&mut session, &format!("{kernel}\nprint({check})\n"));
        assert!(
            !again.is_empty() && !again.contains("interrupted"),
            "{kernel}: {again}"
        );
    }
}
