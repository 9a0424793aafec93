//! Project tasks: `cargo xtask regenerate [--check]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use wooshpay_codegen::{Drift, Options};

#[derive(Debug, Parser)]
#[command(about = "wooshpay-codegen project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Regenerates `generated-client/` from `specs/` and prints the report.
    Regenerate {
        /// Write nothing; fail with a diff when `generated-client/` is stale.
        #[arg(long)]
        check: bool,
    },
}

/// The workspace root (xtask lives one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.task {
        Task::Regenerate { check } => regenerate(check),
    }
}

fn regenerate(check: bool) -> ExitCode {
    let root = root();
    let specs = root.join("specs");
    let out = root.join("generated-client");
    let mut options = Options::default();
    options.emit.extras_dir = Some(root.join("xtask").join("extras"));
    if check {
        match wooshpay_codegen::check(&specs, &out, &options) {
            Ok((drift, _)) if drift.is_empty() => {
                println!("generated-client/ is up to date with specs/");
                ExitCode::SUCCESS
            }
            Ok((drift, _)) => {
                eprintln!("generated-client/ is stale; run `cargo xtask regenerate`:");
                for d in drift {
                    match d {
                        Drift::Missing(p) => eprintln!("missing: generated-client/{p}"),
                        Drift::Extra(p) => eprintln!("not generated (remove it): generated-client/{p}"),
                        Drift::Changed(p, actual, expected) => {
                            eprintln!("changed: generated-client/{p}");
                            let diff = similar::TextDiff::from_lines(&actual, &expected);
                            eprint!("{}", diff.unified_diff().context_radius(2).header(&format!("a/generated-client/{p}"), &format!("b/generated-client/{p}")));
                        }
                    }
                }
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    } else {
        match wooshpay_codegen::generate(&specs, &out, &options) {
            Ok(report) => {
                print!("{report}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                eprintln!("generated-client/ was left as it was.");
                ExitCode::from(2)
            }
        }
    }
}
