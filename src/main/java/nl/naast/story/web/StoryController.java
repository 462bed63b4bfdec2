package nl.naast.story.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.shared.PageRequest;
import nl.naast.shared.web.FormErrors;
import nl.naast.story.Domain;
import nl.naast.story.EntryForm;
import nl.naast.story.ResponseKind;
import nl.naast.story.Stories;

/** The family's story (/families/{id}/story). */
@Controller
class StoryController {

	static final String STORY = "/families/{id}/story";

	private final Stories stories;

	private final nl.naast.story.StoryBook book;

	StoryController(Stories stories, nl.naast.story.StoryBook book) {
		this.stories = stories;
		this.book = book;
	}

	/** The family's own copy of its story, as one PDF. */
	@GetMapping(STORY + "/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ons-verhaal.pdf").build().toString())
			.body(book.pdf(id));
	}

	@GetMapping(STORY)
	String story(@PathVariable UUID id, @RequestParam(required = false) String domain,
			@RequestParam(required = false) Integer page, Model model) {
		return page(id, domain, page, model, "", FormErrors.none(), EntryForm.blank(), "");
	}

	@PostMapping(STORY)
	String write(@PathVariable UUID id, EntryForm form, Model model, RedirectAttributes redirect) {
		Stories.Written written = stories.write(id, form);
		if (!written.ok()) {
			return page(id, null, null, model, "new", written.errors(), form, "");
		}
		redirect.addFlashAttribute("notice", "story.notice.written");
		return back(id, written.entryId());
	}

	@PostMapping(STORY + "/{entryId}/responses")
	String respond(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "") String words, Model model, RedirectAttributes redirect) {
		ResponseKind chosen = Arrays.stream(ResponseKind.values())
			.filter(k -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		FormErrors errors = stories.respond(id, entryId, chosen, words);
		if (!errors.isEmpty()) {
			return page(id, null, stories.pageOf(id, entryId), model, "respond-" + entryId, errors, EntryForm.blank(),
					words);
		}
		redirect.addFlashAttribute("notice", "story.notice.responded");
		return back(id, entryId);
	}

	@PostMapping(STORY + "/{entryId}/attachments")
	String attach(@PathVariable UUID id, @PathVariable UUID entryId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		FormErrors errors = stories.attach(id, entryId, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		if (!errors.isEmpty()) {
			return page(id, null, stories.pageOf(id, entryId), model, "attach-" + entryId, errors, EntryForm.blank(),
					"");
		}
		redirect.addFlashAttribute("notice", "story.notice.attached");
		return back(id, entryId);
	}

	/** Always a download, never shown in the page: a file cannot run as part of Naast. */
	@GetMapping(STORY + "/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		Stories.File file = stories.attachment(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** Back to the entry, on the page of the timeline where it stands. */
	private String back(UUID id, UUID entryId) {
		int page = stories.pageOf(id, entryId);
		return "redirect:/families/" + id + "/story" + (page > 0 ? "?page=" + page : "") + "#entry-" + entryId;
	}

	private String page(UUID id, String domain, Integer page, Model model, String pendingFor, FormErrors errors,
			EntryForm form, String typed) {
		Domain chosen = Arrays.stream(Domain.values()).filter(d -> d.name().equals(domain)).findFirst().orElse(null);
		model.addAttribute("view", stories.view(id, chosen, PageRequest.of(page)));
		model.addAttribute("pendingFor", pendingFor);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("typed", typed);
		return "story/story";
	}

}
