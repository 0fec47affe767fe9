//! Timeline lanes: each task's state over virtual time, kept as a list of transitions.

use super::model::TaskState;

/// A task's states over virtual time.
///
/// Invariant: marks are in non-decreasing `t`, at most one mark per distinct `t`, and two
/// neighbouring marks never hold the same state unless the later one `ran`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lane {
    marks: Vec<Mark>,
}

/// The state a task was in from `t` on; `ran` says it executed at `t` (CPU work costs no
/// virtual time, so a step is an instant on the timeline).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub t: f64,
    pub state: TaskState,
    pub ran: bool,
}

impl Lane {
    /// Records that the task entered `state` at virtual time `t`.
    pub(crate) fn push(&mut self, t: f64, state: TaskState) {
        let ran = state == TaskState::Running;
        if let Some(last) = self.marks.last_mut() {
            debug_assert!(t >= last.t, "lane time went backwards");
            if last.t == t {
                last.state = state;
                last.ran |= ran;
                return;
            }
            if last.state == state {
                return;
            }
        }
        self.marks.push(Mark { t, state, ran });
    }

    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// What to draw for the virtual interval `[from, to)`: `Running` if the task ran in it,
    /// else its state at the end of it; `None` before it existed or after the interval in
    /// which it finished.
    pub fn sample(&self, from: f64, to: f64) -> Option<TaskState> {
        let first = self.marks.partition_point(|m| m.t < from);
        let end = self.marks.partition_point(|m| m.t < to);
        let last = self.marks.get(end.checked_sub(1)?)?;
        if self.marks[first..end].iter().any(|m| m.ran) {
            return Some(TaskState::Running);
        }
        if last.state.is_finished() && last.t < from {
            return None;
        }
        Some(last.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_at_one_instant_collapse_into_one_mark_that_ran() {
        let mut lane = Lane::default();
        lane.push(0.0, TaskState::Ready);
        lane.push(0.0, TaskState::Running);
        lane.push(0.0, TaskState::Waiting);
        lane.push(0.5, TaskState::Ready);
        lane.push(0.5, TaskState::Running);
        lane.push(0.5, TaskState::Done);
        assert_eq!(lane.marks().len(), 2);
        assert!(lane.marks().iter().all(|m| m.ran));
        assert_eq!(lane.sample(0.0, 0.1), Some(TaskState::Running));
        assert_eq!(lane.sample(0.1, 0.2), Some(TaskState::Waiting));
        assert_eq!(lane.sample(0.5, 0.6), Some(TaskState::Running));
        assert_eq!(lane.sample(0.6, 0.7), None, "gone after it finished");
    }

    #[test]
    fn nothing_before_the_task_exists() {
        let mut lane = Lane::default();
        lane.push(1.0, TaskState::Ready);
        assert_eq!(lane.sample(0.0, 0.5), None);
        assert_eq!(lane.sample(0.5, 1.5), Some(TaskState::Ready));
    }
}
