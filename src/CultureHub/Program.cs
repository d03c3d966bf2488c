using CultureHub.Cli;

// CultureHub: `culturehub` runs the bot; `import`, `export` and `match` are maintenance commands.
return await CommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
