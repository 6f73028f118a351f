// The ideal a scheduler is measured against, from the simulator's own per-task timings:
// max(critical path, total task time / concurrency). A task's time is what it takes at the
// simulator with a free slot: its own queued time (the latency model's) plus its running time;
// for a task created within the running limit that is createdAt..finishedAt. A task primed past
// the limit also waits for a slot, which is the scheduler's doing, not the task's, so it does not
// count. The critical path is the longest chain of such times along the storyboard's DAG. No
// scheduler that only submits within the limit, polls, downloads and chains can beat it; one
// that keeps the service's queue primed can, by hiding the queued time behind running tasks.

/**
 * tasks: SimulatorStats.tasks; taskOf: shot id -> task id (the task that made the shot);
 * dependsOn: shot id -> ids it uses.
 */
export function lowerBound({ tasks, taskOf, dependsOn, concurrency }) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const duration = (task) => {
    if (task?.finishedAt === undefined) throw new Error(`task ${task?.id} has no finish time in the simulator's stats`);
    return taskMs(task);
  };
  // Every task created counts toward the work, a resubmitted one too.
  const totalMs = tasks.reduce((sum, t) => sum + duration(t), 0);
  const memo = new Map();
  const path = (shot) => {
    if (memo.has(shot)) return memo.get(shot);
    const own = duration(byId.get(taskOf[shot]));
    const upstream = Math.max(0, ...(dependsOn[shot] ?? []).map(path));
    memo.set(shot, own + upstream);
    return own + upstream;
  };
  const criticalPathMs = Math.max(...Object.keys(dependsOn).map(path));
  const throughputMs = totalMs / concurrency;
  return { totalMs, criticalPathMs, throughputMs, boundMs: Math.max(criticalPathMs, throughputMs), tasks: tasks.length };
}

/**
 * The same tasks replayed with no overhead at all: a slot is taken the instant a shot is ready
 * (every upstream shot finished) and freed the instant its task finishes, ready shots taken in
 * the order they became ready (then manifest order), each lasting what it lasted at the
 * simulator. What a scheduler with unknown task times could reach at best; the gap between it
 * and the lower bound is the tail (slots emptying one by one at the end) and the DAG.
 */
export function greedyReplay({ tasks, taskOf, dependsOn, concurrency }) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const order = Object.keys(dependsOn);
  const index = new Map(order.map((id, i) => [id, i]));
  const duration = new Map(order.map((id) => [id, taskMs(byId.get(taskOf[id]))]));
  const waiting = new Map(order.map((id) => [id, new Set(dependsOn[id])]));
  const users = new Map(order.map((id) => [id, []]));
  for (const id of order) for (const dep of dependsOn[id]) users.get(dep).push(id);
  let ready = order.filter((id) => waiting.get(id).size === 0).map((id) => ({ id, at: 0 }));
  const running = [];
  let now = 0;
  let done = 0;
  while (done < order.length) {
    ready.sort((a, b) => a.at - b.at || index.get(a.id) - index.get(b.id));
    while (running.length < concurrency && ready.length > 0) {
      const next = ready.shift();
      running.push({ id: next.id, end: now + duration.get(next.id) });
    }
    running.sort((a, b) => a.end - b.end);
    const finished = running.shift();
    now = finished.end;
    done++;
    for (const user of users.get(finished.id)) {
      const deps = waiting.get(user);
      deps.delete(finished.id);
      if (deps.size === 0) ready.push({ id: user, at: now });
    }
  }
  return now;
}

/**
 * With several accounts, a chain (a connected part of the DAG) is made on one account, so no run
 * beats the largest chain's own work through one account's running limit, however many accounts
 * there are: that chain's running time / running, how many shots it holds, and all tasks' running
 * time (for the throughput bound of a primed run). Running time only
 * (startedAt..finishedAt): a primed queue hides the queued time behind running tasks, so counting
 * it would put the bound above what a primed run reaches.
 */
export function chainBound({ tasks, taskOf, dependsOn, running }) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const root = new Map(Object.keys(dependsOn).map((id) => [id, id]));
  const find = (id) => {
    while (root.get(id) !== id) id = root.get(id);
    return id;
  };
  for (const [id, deps] of Object.entries(dependsOn)) for (const dep of deps) root.set(find(dep), find(id));
  const runningMs = (task) => task.finishedAt - (task.startedAt ?? task.createdAt);
  const chains = new Map();
  for (const id of Object.keys(dependsOn)) {
    const chain = chains.get(find(id)) ?? { shots: 0, workMs: 0 };
    chain.shots++;
    chain.workMs += runningMs(byId.get(taskOf[id]));
    chains.set(find(id), chain);
  }
  const largest = [...chains.values()].reduce((a, b) => (b.workMs > a.workMs ? b : a));
  const totalRunningMs = tasks.reduce((sum, t) => sum + runningMs(t), 0);
  return { chains: chains.size, largestShots: largest.shots, largestWorkMs: largest.workMs, boundMs: largest.workMs / running, totalRunningMs };
}

/** A task's own time at the simulator: its queued time with a free slot, then its running time. */
export function taskMs(task) {
  if (task.queuedMs === undefined || task.startedAt === undefined) return task.finishedAt - task.createdAt;
  return task.queuedMs + (task.finishedAt - task.startedAt);
}
