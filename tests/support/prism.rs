//! Prism (`@stoplight/prism-cli`, pinned in `tests/prism/package.json`) as a mock server on
//! 127.0.0.1, validating every request against an OpenAPI document.
//!
//! Prism is installed on first use with `npm ci --prefix tests/prism` (under a file lock, so
//! test binaries running at the same time do not race), started on a free port and waited for
//! until it listens. [`Prism::shared`] gives one server per test binary for the generated
//! client's normalized document; [`Prism::start`] starts a private one, killed on drop.

use std::fs::File;
use std::io::Read;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::workspace_root;

/// How long Prism may take to start listening before the test fails.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);

/// What Prism prints once its HTTP server accepts connections.
const LISTENING: &str = "Prism is listening on";

/// A running Prism mock server; the process is killed when this is dropped.
#[derive(Debug)]
pub struct Prism {
    child: Child,
    base_url: String,
    output: Arc<Mutex<String>>,
}

/// `tests/prism`, where `package.json` pins Prism.
pub fn prism_dir() -> PathBuf {
    workspace_root().join("tests").join("prism")
}

/// The document Prism mocks for the contract tests: the normalized OpenAPI document the
/// generator writes next to the generated crate.
pub fn generated_document() -> PathBuf {
    workspace_root()
        .join("generated-client")
        .join("openapi.json")
}

/// The specs in `specs/` as written, with the overlays `specs/codegen.toml` lists: merged across
/// files by the generator's loader but not normalized
/// ([`wooshpay_codegen::load::load_as_written_with_overlays`]), written to a file for Prism
/// (once per test process, under `target/contract-as-written/`). Contract tests validate the
/// client's requests against it too, so the normalized document (which widens optional
/// properties to `nullable`) cannot vouch for itself. Prism reads the Apifox-only keys
/// (`x-apifox-*`) as the extensions they are, so nothing is stripped.
pub fn as_written_document() -> PathBuf {
    static WRITTEN: OnceLock<PathBuf> = OnceLock::new();
    WRITTEN
        .get_or_init(|| {
            let specs = workspace_root().join("specs");
            let limits = wooshpay_codegen::Limits::default();
            // With the overlays of specs/codegen.toml: the authors' corrections are part of
            // what the specs say; the normalizer's widening is not.
            let overlays = wooshpay_codegen::Settings::discover(&specs)
                .and_then(|s| s.unwrap_or_default().overlays(&limits, &specs))
                .unwrap_or_else(|e| panic!("cannot read the overlays of {}: {e}", specs.display()));
            let document =
                wooshpay_codegen::load::load_as_written_with_overlays(&specs, &limits, &overlays)
                    .unwrap_or_else(|e| panic!("cannot load {} as written: {e}", specs.display()));
            let dir = workspace_root().join("target").join("contract-as-written");
            std::fs::create_dir_all(&dir)
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
            // Written under a name of this process, then renamed into place: test binaries
            // running at the same time write the same text and never see a partial file.
            let staging = dir.join(format!("openapi.json.{}", std::process::id()));
            let path = dir.join("openapi.json");
            let text = serde_json::to_vec_pretty(&document).expect("a JSON value serializes");
            std::fs::write(&staging, text)
                .and_then(|()| std::fs::rename(&staging, &path))
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            path
        })
        .clone()
}

/// Installs Prism into `tests/prism/node_modules` with `npm ci` unless it is there already.
/// Runs at most once per process; a lock file keeps other processes from installing at the
/// same time. Panics with npm's output when the installation fails.
pub fn ensure_installed() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let dir = prism_dir();
        if is_installed(&dir) {
            return;
        }
        let lock = File::create(dir.join(".install.lock"))
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.join(".install.lock").display()));
        lock.lock().unwrap_or_else(|e| panic!("cannot lock {}: {e}", dir.join(".install.lock").display()));
        // Another process may have installed it while this one waited for the lock.
        if !is_installed(&dir) {
            let started = Instant::now();
            eprintln!("installing Prism: npm ci --prefix {} (first use only)", dir.display());
            let output = Command::new("npm")
                .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix"])
                .arg(&dir)
                .stdin(Stdio::null())
                .output()
                .unwrap_or_else(|e| panic!("cannot run `npm` to install Prism (is Node.js with npm installed and on PATH?): {e}"));
            if !output.status.success() || !is_installed(&dir) {
                panic!(
                    "`npm ci --prefix {}` failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
                    dir.display(),
                    output.status,
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            eprintln!("Prism installed in {:.1?}", started.elapsed());
        }
        let _ = lock.unlock();
    });
}

/// Whether `node_modules` holds the Prism that `package-lock.json` pins: the entry point is
/// there, and npm's record of the finished installation (`node_modules/.package-lock.json`,
/// written last) names the same Prism version as the lockfile (an older checkout's
/// `node_modules` is reinstalled).
fn is_installed(dir: &Path) -> bool {
    let prism_version = |lockfile: PathBuf| -> Option<String> {
        let lock: serde_json::Value =
            serde_json::from_slice(&std::fs::read(lockfile).ok()?).ok()?;
        lock["packages"]["node_modules/@stoplight/prism-cli"]["version"]
            .as_str()
            .map(str::to_owned)
    };
    let wanted = prism_version(dir.join("package-lock.json"));
    entry_point(dir).is_file()
        && wanted.is_some()
        && prism_version(dir.join("node_modules").join(".package-lock.json")) == wanted
}

fn entry_point(dir: &Path) -> PathBuf {
    dir.join("node_modules")
        .join("@stoplight")
        .join("prism-cli")
        .join("dist")
        .join("index.js")
}

/// A port that was free on 127.0.0.1 a moment ago.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("cannot bind 127.0.0.1:0")
        .port()
}

impl Prism {
    /// The one Prism of this test binary, mocking [`generated_document`] (started on first use,
    /// stopped when the test process exits).
    pub fn shared() -> &'static Prism {
        static SHARED: OnceLock<Prism> = OnceLock::new();
        SHARED.get_or_init(|| Prism::start(&generated_document()))
    }

    /// The one Prism of this test binary mocking [`as_written_document`] (started on first use,
    /// stopped when the test process exits).
    pub fn shared_as_written() -> &'static Prism {
        static SHARED: OnceLock<Prism> = OnceLock::new();
        SHARED.get_or_init(|| Prism::start_validating_requests(&as_written_document()))
    }

    /// Starts `prism mock --errors -h 127.0.0.1 -p <free port> <document>` (request validation
    /// is on: an invalid request gets a 4xx) and waits until it listens. Panics with Prism's
    /// output when it cannot start within 60 seconds.
    pub fn start(document: &Path) -> Prism {
        Prism::start_checked(document, true)
    }

    /// Like [`Prism::start`], but without `--errors`: requests are still validated (an invalid
    /// one gets a 4xx), while a response example that breaks its own schema is served as it
    /// is. The specs as written have such examples (`null` for optional strings, which is
    /// why the normalizer widens them), and only the client's requests are checked there.
    pub fn start_validating_requests(document: &Path) -> Prism {
        Prism::start_checked(document, false)
    }

    fn start_checked(document: &Path, response_errors: bool) -> Prism {
        ensure_installed();
        let mut last_failure = String::new();
        // A port found free can be taken before Prism binds it; try a few.
        for _ in 0..3 {
            match Prism::try_start(document, free_port(), response_errors) {
                Ok(prism) => return prism,
                Err(failure) if failure.contains("EADDRINUSE") => last_failure = failure,
                Err(failure) => panic!("{failure}"),
            }
        }
        panic!("{last_failure}")
    }

    fn try_start(document: &Path, port: u16, response_errors: bool) -> Result<Prism, String> {
        let dir = prism_dir();
        let started = Instant::now();
        let mut child = Command::new("node")
            .arg("--require")
            .arg(dir.join("exit-on-stdin-eof.js"))
            .arg(entry_point(&dir))
            .arg("mock")
            .args(response_errors.then_some("--errors"))
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(document)
            .current_dir(&dir)
            // Prism exits when this pipe closes, i.e. when the test process is gone.
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!("cannot run `node` to start Prism (is Node.js installed and on PATH?): {e}")
            })?;
        let output = Arc::new(Mutex::new(String::new()));
        for stream in [
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let output = Arc::clone(&output);
            std::thread::spawn(move || collect(stream, &output));
        }
        let mut prism = Prism {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            output,
        };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        loop {
            if let Ok(Some(status)) = prism.child.try_wait() {
                // Let the reader threads catch the last lines.
                std::thread::sleep(Duration::from_millis(100));
                return Err(format!(
                    "Prism exited ({status}) before listening on {addr} (document {}):\n{}",
                    document.display(),
                    prism.output()
                ));
            }
            if prism.output().contains(LISTENING)
                && TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_ok()
            {
                eprintln!(
                    "Prism listening on {} after {:.1?}",
                    prism.base_url,
                    started.elapsed()
                );
                return Ok(prism);
            }
            if started.elapsed() > STARTUP_TIMEOUT {
                return Err(format!(
                    "Prism did not listen on {addr} within {STARTUP_TIMEOUT:?} (document {}); its output:\n{}",
                    document.display(),
                    prism.output()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `http://127.0.0.1:<port>`, to pass as the client's base URL.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Everything Prism printed so far (its request log and validation messages), for
    /// failure messages.
    pub fn output(&self) -> String {
        self.output
            .lock()
            .map(|o| o.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }
}

fn collect(mut stream: Box<dyn Read + Send>, output: &Mutex<String>) {
    let mut buf = [0u8; 8192];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&buf[..n]);
        match output.lock() {
            Ok(mut o) => o.push_str(&text),
            Err(e) => e.into_inner().push_str(&text),
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
