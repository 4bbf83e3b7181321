//! The matcher's profile on disk: where it is, reading it, and writing it atomically off the
//! key path (a thread of its own keeps only the latest change).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crate::moves::fit::{MAX_RATING, Profile};

/// Names the profile file instead of `profile.ron` beside the saved state (tests use it).
pub const PROFILE_ENV: &str = "CAREER_EXPLORER_PROFILE";

/// A profile file larger than this is not ours.
const MAX_PROFILE_BYTES: u64 = 256 * 1024;

/// Where the profile is kept: `$CAREER_EXPLORER_PROFILE`, else `profile.ron` in the saved
/// state's folder.
pub fn profile_path() -> Option<PathBuf> {
    match std::env::var_os(PROFILE_ENV) {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => Some(crate::explorer::state::path()?.with_file_name("profile.ron")),
    }
}

/// The profile at `path` (empty when there is none), or a sentence on what was wrong.
pub fn load_profile(path: &Path) -> Result<Profile, String> {
    let label = path.display();
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Profile::default()),
        Err(e) => return Err(format!("{label}: cannot read the skills profile ({e}); ignored")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PROFILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{label}: cannot read the skills profile ({e}); ignored"))?;
    if bytes.len() as u64 > MAX_PROFILE_BYTES {
        return Err(format!("{label}: the skills profile is too large to be ours; ignored"));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("{label}: the skills profile is not text; ignored"))?;
    let mut profile: Profile = ron::from_str(&text).map_err(|e| {
        format!(
            "{label}:{}:{}: {}; the skills profile is ignored",
            e.span.start.line, e.span.start.col, e.code
        )
    })?;
    profile.ratings.retain(|_, r| *r > 0);
    for r in profile.ratings.values_mut() {
        *r = (*r).min(MAX_RATING);
    }
    Ok(profile)
}

/// Saves `profile` at `path`, atomically.
pub fn save_profile(path: &Path, profile: &Profile) -> io::Result<()> {
    let text = ron::ser::to_string_pretty(profile, ron::ser::PrettyConfig::default())
        .map_err(io::Error::other)?;
    crate::explorer::state::write_atomically(path, |file| {
        file.write_all(format!("{text}\n").as_bytes())
    })
}

/// Writes the profile after each change on a thread of its own, the latest change only.
#[derive(Debug)]
pub(super) struct Saver {
    path: PathBuf,
    sender: Option<Sender<Profile>>,
    thread: Option<JoinHandle<()>>,
    /// The last write's failure, to say.
    error: Arc<Mutex<Option<String>>>,
}

impl Saver {
    pub(super) fn start(path: PathBuf) -> Saver {
        let (sender, receiver) = mpsc::channel::<Profile>();
        let error = Arc::new(Mutex::new(None));
        let slot = Arc::clone(&error);
        let target = path.clone();
        let thread = std::thread::Builder::new()
            .name("profile".into())
            .spawn(move || {
                while let Ok(mut profile) = receiver.recv() {
                    while let Ok(newer) = receiver.try_recv() {
                        profile = newer;
                    }
                    let problem = save_profile(&target, &profile).err().map(|e| {
                        format!(
                            "could not save the skills profile to {}: {e}",
                            target.display()
                        )
                    });
                    if let Ok(mut slot) = slot.lock() {
                        *slot = problem;
                    }
                }
            })
            .ok();
        Saver {
            path,
            sender: thread.is_some().then_some(sender),
            thread,
            error,
        }
    }

    /// Saves `profile` (on the thread, or here when there is none); a failure to say.
    pub(super) fn save(&self, profile: &Profile) -> Option<String> {
        match &self.sender {
            Some(sender) if sender.send(profile.clone()).is_ok() => {
                self.error.lock().ok()?.take()
            }
            _ => save_profile(&self.path, profile).err().map(|e| {
                format!(
                    "could not save the skills profile to {}: {e}",
                    self.path.display()
                )
            }),
        }
    }

    /// Waits for the last change to be written; its failure, if any.
    pub(super) fn finish(&mut self) -> Option<String> {
        drop(self.sender.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.error.lock().ok()?.take()
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.finish();
    }
}

