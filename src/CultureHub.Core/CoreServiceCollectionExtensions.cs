using CultureHub.Core.Chat;
using CultureHub.Core.Commands;
using CultureHub.Core.Conversation;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Privacy;
using CultureHub.Core.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The platform-neutral community logic: chat routing, the interview, privacy self-service.</summary>
    public static IServiceCollection AddCultureHubCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RegionTime>();
        services.TryAddSingleton(_ => TextCatalog.LoadEmbedded());
        services.TryAddSingleton<IGazetteer>(_ => Gazetteer.LoadEmbedded());
        services.TryAddSingleton<ICompetenceExtractor, NoCompetenceExtractor>();
        services.TryAddSingleton<ICompetenceVocabulary, NoCompetenceVocabulary>();
        services.TryAddSingleton<CultureHubMetrics>();
        services.AddSingleton<ChatRouter>();
        services.AddSingleton<ChatDelivery>();
        services.AddSingleton<ChatReachability>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IMemberDataOwner, OutboxDataOwner>();
        services.AddSingleton<HelpText>();
        services.AddSingleton<UnderstoodLabels>();
        services.AddSingleton<DraftReading>();
        services.AddSingleton<AnswerFeedback>();
        services.AddSingleton<ProfileCard>();
        services.AddSingleton<ProfileView>();
        services.AddSingleton<LabelCorrectionService>();
        services.AddSingleton<ITextInterceptor>(sp => sp.GetRequiredService<LabelCorrectionService>());
        services.AddSingleton<IButtonHandler, LabelButtons>();
        services.AddSingleton<InterviewPrompts>();
        services.AddSingleton<InterviewAnswers>();
        services.AddSingleton<ProfileCompletion>();
        services.AddSingleton<InterviewService>();
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<IMemberDataOwner, MailboxDataOwner>();
        services.AddSingleton<LanguageSwitch>();
        services.AddSingleton<MemberImport>();

        services.AddChatCommand<StartCommand>();
        services.AddChatCommand<ProfileCommand>();
        services.AddChatCommand<EditCommand>();
        services.AddChatCommand<PauseCommand>();
        services.AddChatCommand<ResumeCommand>();
        services.AddChatCommand<PrivacyCommand>();
        services.AddChatCommand<ExportCommand>();
        services.AddChatCommand<DeleteCommand>();
        services.AddSingleton<LanguageCommand>();
        services.AddSingleton<IChatCommand>(sp => sp.GetRequiredService<LanguageCommand>());
        services.AddSingleton<IButtonHandler>(sp => sp.GetRequiredService<LanguageCommand>());
        services.AddSingleton<IButtonHandler, ConsentButtons>();
        services.AddSingleton<IButtonHandler, InterviewButtons>();
        services.AddSingleton<IButtonHandler, DeleteButtons>();
        return services;
    }

    public static IServiceCollection AddChatCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IChatCommand =>
        services.AddSingleton<IChatCommand, TCommand>();
}
