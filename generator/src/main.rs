//! Command-line front end: `wooshpay-codegen --spec specs/ --out generated-client/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

/// Generation allocates and frees millions of small values (tokens, strings, JSON nodes);
/// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates a typed Rust client crate from OpenAPI 3.0 documents exported by Apifox.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// A spec file (YAML, JSON or Apifox Markdown page) or a folder of them.
    #[arg(long)]
    spec: PathBuf,
    /// The crate folder to (re)generate; replaced atomically.
    #[arg(long)]
    out: PathBuf,
    /// Package name of the generated crate (default: the settings' `crate.name`, else from the
    /// spec's title).
    #[arg(long)]
    crate_name: Option<String>,
    /// Package version of the generated crate (default: the settings' `crate.version`, else
    /// `0.1.0`).
    #[arg(long)]
    crate_version: Option<String>,
    /// Generator settings (TOML); default: `codegen.toml` in the spec folder, when present.
    #[arg(long)]
    settings: Option<PathBuf>,
    /// Hand-written files (examples) to copy into the crate as they are.
    #[arg(long)]
    extras: Option<PathBuf>,
    /// Only report whether `--out` is up to date; write nothing.
    #[arg(long)]
    check: bool,
    /// Print every location of every warning, the notes, the files read and the resources
    /// (by default: one summary line and each kind of warning once, with a count).
    #[arg(long, short)]
    verbose: bool,
    /// Print the wall time and peak memory of each phase (load, model, emit, write) to
    /// standard error, one `timing` line per phase (tab-separated: name, seconds, peak MiB,
    /// `stage` or `work` — thread time summed over the rendering threads). On Linux the
    /// process's peak-memory counter is reset at each phase, so `ru_maxrss` (what `time -v`
    /// reports) then covers the last phase only.
    #[arg(long)]
    timings: bool,
}

/// The spec as named in the generated files' headers: relative to the settings file's folder
/// when the spec is under it, else its own name (a file's, or a folder's with `/`), so the
/// output is the same from any working directory and for any spelling of the path.
fn spec_label(spec: &Path, settings: Option<&Path>) -> String {
    let canonical = std::fs::canonicalize(spec).unwrap_or_else(|_| spec.to_path_buf());
    let is_dir = canonical.is_dir();
    let root = settings
        .and_then(|s| std::fs::canonicalize(s).ok())
        .and_then(|s| s.parent().map(Path::to_path_buf));
    let relative = root
        .as_deref()
        .and_then(|root| canonical.strip_prefix(root).ok())
        .filter(|r| !r.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .or_else(|| canonical.file_name().map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("spec"));
    let mut label = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    if is_dir {
        label.push('/');
    }
    label
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.timings {
        wooshpay_codegen::timings::enable();
    }
    let code = run(cli);
    let phases = wooshpay_codegen::timings::take();
    if !phases.is_empty() {
        eprint!("{}", wooshpay_codegen::timings::machine_lines(&phases));
    }
    code
}

fn run(cli: Cli) -> ExitCode {
    let settings = match &cli.settings {
        Some(path) => match wooshpay_codegen::Settings::read(path) {
            Ok(s) => Some(s),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let options = wooshpay_codegen::Options {
        emit: wooshpay_codegen::EmitOptions {
            crate_name: cli.crate_name.unwrap_or_default(),
            crate_version: cli.crate_version.unwrap_or_default(),
            regenerate_command: "wooshpay-codegen".into(),
            spec_label: spec_label(&cli.spec, cli.settings.as_deref()),
            extras_dir: cli.extras,
            ..Default::default()
        },
        settings,
        ..Default::default()
    };
    if cli.check {
        return match wooshpay_codegen::check(&cli.spec, &cli.out, &options) {
            Ok((drift, _)) if drift.is_empty() => ExitCode::SUCCESS,
            Ok((drift, _)) => {
                for d in drift {
                    eprintln!("stale: {d:?}");
                }
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        };
    }
    match wooshpay_codegen::generate(&cli.spec, &cli.out, &options) {
        Ok(report) => {
            print!("{}", report.render(cli.verbose));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
