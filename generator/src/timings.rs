//! Per-phase timing of a generation run: wall time and peak memory of each stage, for
//! `wooshpay-codegen --timings` and `cargo xtask bench`.
//!
//! Recording is off unless [`enable`] was called on the thread that runs the generation; the
//! stages call [`phase`] (a stage of the pipeline, timed on the calling thread) and
//! [`add_work`] (thread time of work spread over rendering threads, summed). Nothing is
//! recorded, and nothing costs more than a thread-local check, when recording is off.

use std::cell::RefCell;
use std::time::{Duration, Instant};

/// One measured phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    /// What ran (`load: parse`, `emit: format`).
    pub name: String,
    /// Wall time of a stage; for [`PhaseKind::Work`], the CPU time of the threads that did it,
    /// summed.
    pub time: Duration,
    /// CPU time (user + system) of the whole process while the stage ran, all threads; for
    /// [`PhaseKind::Work`], the same as `time`.
    pub cpu: Duration,
    /// Peak resident memory of the process while the phase ran, in KiB (`None`: unknown, or
    /// for [`PhaseKind::Work`]).
    pub peak_rss_kib: Option<u64>,
    /// Whether `time` is a stage's wall time or work summed over threads.
    pub kind: PhaseKind,
}

/// What a [`Phase`]'s time measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseKind {
    /// A stage of the pipeline, run on the calling thread: wall time.
    Stage,
    /// Part of a stage's work spread over threads: thread time, summed.
    Work,
}

thread_local! {
    static RECORDED: RefCell<Option<Vec<Phase>>> = const { RefCell::new(None) };
}

/// Starts recording phases on this thread (forgetting any recorded before).
pub fn enable() {
    RECORDED.with(|r| *r.borrow_mut() = Some(Vec::new()));
}

/// Stops recording on this thread and returns what was recorded, in order.
pub fn take() -> Vec<Phase> {
    RECORDED.with(|r| r.borrow_mut().take()).unwrap_or_default()
}

/// Whether phases are being recorded on this thread.
pub fn enabled() -> bool {
    RECORDED.with(|r| r.borrow().is_some())
}

/// Runs `f` as the phase `name`: its wall time, and the peak memory while it ran (the
/// process's high-water mark is reset first where Linux allows it).
pub fn phase<T>(name: &str, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    reset_peak_rss();
    let cpu_started = process_cpu();
    let started = Instant::now();
    let value = f();
    let time = started.elapsed();
    push(Phase {
        name: name.to_owned(),
        time,
        cpu: process_cpu().saturating_sub(cpu_started),
        peak_rss_kib: peak_rss_kib(),
        kind: PhaseKind::Stage,
    });
    value
}

/// Records `time` of work named `name` done on any threads for the current stage (summed
/// with earlier work of the same name).
pub fn add_work(name: &str, time: Duration) {
    RECORDED.with(|r| {
        if let Some(phases) = r.borrow_mut().as_mut() {
            match phases
                .iter_mut()
                .find(|p| p.kind == PhaseKind::Work && p.name == name)
            {
                Some(p) => {
                    p.time += time;
                    p.cpu += time;
                }
                None => phases.push(Phase {
                    name: name.to_owned(),
                    time,
                    cpu: time,
                    peak_rss_kib: None,
                    kind: PhaseKind::Work,
                }),
            }
        }
    });
}

/// CPU time the whole process (all threads) has used so far.
pub fn process_cpu() -> Duration {
    #[cfg(unix)]
    return cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID);
    #[cfg(not(unix))]
    return cpu_clock(0);
}

/// CPU time the calling thread has used so far: what a piece of work costs, however busy the
/// machine is.
pub fn thread_cpu() -> Duration {
    #[cfg(unix)]
    return cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID);
    #[cfg(not(unix))]
    return cpu_clock(0);
}

#[cfg(unix)]
fn cpu_clock(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes into it.
    let ok = unsafe { libc::clock_gettime(clock, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

#[cfg(not(unix))]
fn cpu_clock(_clock: i32) -> Duration {
    Duration::ZERO
}

/// Runs `f` on any thread and returns its value with the thread's CPU time it took, for
/// [`add_work`] on the recording thread.
pub fn cpu_of<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = thread_cpu();
    let value = f();
    (value, thread_cpu().saturating_sub(started))
}

fn push(phase: Phase) {
    RECORDED.with(|r| {
        if let Some(phases) = r.borrow_mut().as_mut() {
            phases.push(phase);
        }
    });
}

/// Resets the process's peak resident memory to its current size (Linux: `5` into
/// `/proc/self/clear_refs`); elsewhere a no-op, and peaks are since the start.
fn reset_peak_rss() {
    #[cfg(target_os = "linux")]
    {
        let _ = std::fs::write("/proc/self/clear_refs", "5");
    }
}

/// The process's peak resident memory in KiB (`VmHWM`), where the system says.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The phases as lines, one per phase: `timing<TAB>name<TAB>wall seconds<TAB>CPU seconds
/// <TAB>peak MiB or -<TAB>stage|work`, for tools to read (`cargo xtask bench`).
pub fn machine_lines(phases: &[Phase]) -> String {
    let mut out = String::new();
    for p in phases {
        out.push_str(&format!(
            "timing\t{}\t{:.4}\t{:.4}\t{}\t{}\n",
            p.name,
            p.time.as_secs_f64(),
            p.cpu.as_secs_f64(),
            p.peak_rss_kib
                .map_or("-".to_owned(), |k| format!("{:.0}", k as f64 / 1024.0)),
            match p.kind {
                PhaseKind::Stage => "stage",
                PhaseKind::Work => "work",
            }
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_when_enabled() {
        assert_eq!(phase("off", || 1), 1);
        assert!(take().is_empty());
        enable();
        phase("a", || ());
        add_work("w", Duration::from_millis(2));
        add_work("w", Duration::from_millis(3));
        let phases = take();
        assert_eq!(phases.len(), 2);
        assert_eq!(phases[0].name, "a");
        assert_eq!(phases[0].kind, PhaseKind::Stage);
        assert_eq!(phases[1].time, Duration::from_millis(5));
        assert!(!enabled());
        assert!(machine_lines(&phases).starts_with("timing\ta\t"));
    }
}
