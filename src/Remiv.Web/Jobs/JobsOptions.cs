namespace Remiv.Web.Jobs;

/// <summary>The "Jobs" settings.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Runs the Hangfire server (the workers that execute the scheduled jobs) inside the web app. False on an app node
    /// that should only serve pages, or in the functional tests, which call the jobs themselves.
    /// </summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// The job queue's SQLite file, when the app runs on SQLite. Empty: "hangfire.db" beside the app database. A file
    /// of its own: the queue never locks the case data, and losing it loses nothing (the truth is in the app database).
    /// </summary>
    public string? SqlitePath { get; set; }

    /// <summary>Workers of the server: the jobs are few and short, and SQLite writes one at a time.</summary>
    public int WorkerCount { get; set; } = 4;
}
