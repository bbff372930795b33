package cn.zhaoshang.desk.testing;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user, as a view-model test scripts them: answers to confirmations and file choices are queued
 * beforehand, and everything the model said is kept for the test to read. A question or a file choice
 * that nobody scripted fails the test, so a model cannot ask more than the test expects. Background jobs
 * run at once in the caller, as {@code ImmediateTaskRunner} runs them.
 */
public final class ScriptedDialogs implements DialogService {
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<List<Path>> choices = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<List<FileType>> offeredTypes = new ArrayList<>();
    private final List<String> suggestedNames = new ArrayList<>();
    private final List<String> chooserTitles = new ArrayList<>();

    /** The answer to the next confirmation. */
    public ScriptedDialogs answer(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The file or folder the user picks in the next chooser (several only where several may be picked). */
    public ScriptedDialogs choose(Path first, Path... more) {
        List<Path> picked = new ArrayList<>();
        picked.add(first);
        picked.addAll(List.of(more));
        choices.add(picked);
        return this;
    }

    /** The next chooser is cancelled. */
    public ScriptedDialogs cancelChoice() {
        choices.add(List.of());
        return this;
    }

    public List<String> questions() {
        return questions;
    }

    public List<String> notices() {
        return notices;
    }

    public List<String> infos() {
        return infos;
    }

    public List<Throwable> errors() {
        return errors;
    }

    /** The file types each chooser offered, in order. */
    public List<List<FileType>> offeredTypes() {
        return offeredTypes;
    }

    /** The title each chooser showed, in order (null where it left the system's own). */
    public List<String> chooserTitles() {
        return chooserTitles;
    }

    /** The names each save chooser suggested, in order. */
    public List<String> suggestedNames() {
        return suggestedNames;
    }

    @Override
    public void showError(Throwable error) {
        errors.add(error);
    }

    @Override
    public void showInfo(String text) {
        infos.add(text);
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("Asked without a scripted answer: " + question);
        }
        return answers.remove();
    }

    @Override
    public void notify(String text) {
        notices.add(text);
    }

    @Override
    public <T> void runInBackground(String title, BackgroundTask<T> job, Consumer<T> onSuccess) {
        T result;
        try {
            result = job.run(Progress.NONE);
        } catch (Exception e) {
            showError(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType... types) {
        return single(title, next(title, types));
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType... types) {
        return next(title, types);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types) {
        suggestedNames.add(suggestedName);
        return single(title, next(title, types));
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return single(title, next(title));
    }

    private List<Path> next(String title, FileType... types) {
        chooserTitles.add(title);
        offeredTypes.add(List.of(types));
        if (choices.isEmpty()) {
            throw new AssertionError("A chooser without a scripted choice: " + title);
        }
        return choices.remove();
    }

    private static Optional<Path> single(String title, List<Path> picked) {
        if (picked.size() > 1) {
            throw new AssertionError("Several files scripted for a chooser of one: " + title);
        }
        return picked.stream().findFirst();
    }
}
