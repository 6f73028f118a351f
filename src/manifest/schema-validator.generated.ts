/* Generated from schemas/manifest.schema.json by `node scripts/gen-validator.mjs`. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json","description":"seedance-pipeline manifest: a storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film.","type":"object","additionalProperties":false,"required":["version","shots"],"properties":{"version":{"const":1,"description":"Manifest format version. Only 1 exists."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"Name of the film. Default: the manifest's file name without extension."},"api":{"enum":["native","openai"],"description":"Wire format: native (/api/v3/contents/generations/tasks, the default) or openai (/v1/videos).","default":"native"},"base_url":{"type":"string","pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*)?$","description":"Host root of the service, e.g. https://api.wisgate.ai (the path is appended). The SEEDANCE_BASE_URL environment variable overrides it."},"output":{"type":"string","minLength":1,"description":"Output folder, relative to the manifest's folder. Default out/<name>."},"store":{"type":"string","minLength":1,"description":"The clip store's folder, relative to the manifest's folder and inside the project (SEEDANCE_STORE overrides it). Default .seedance/store beside the manifest."},"concurrency":{"type":"integer","minimum":1,"maximum":100,"description":"Most tasks at the service at once (default 3). --concurrency overrides it.","default":3},"pricing":{"oneOf":[{"enum":["volcengine","byteplus"],"description":"A built-in list-price table: volcengine (CNY) or byteplus (USD). See docs/pricing.md for each figure, its source and date."},{"title":"PriceTable","type":"object","additionalProperties":false,"required":["currency","per_million_tokens"],"properties":{"currency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 currency code of the figures, e.g. USD or CNY."},"per_million_tokens":{"type":"object","minProperties":1,"propertyNames":{"minLength":1},"additionalProperties":{"oneOf":[{"type":"number","minimum":0,"description":"One price for every resolution."},{"title":"RateByResolution","type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"type":"number","minimum":0,"description":"Price per million tokens at 480p."},"720p":{"type":"number","minimum":0,"description":"Price per million tokens at 720p."},"1080p":{"type":"number","minimum":0,"description":"Price per million tokens at 1080p."},"4k":{"type":"number","minimum":0,"description":"Price per million tokens at 4k."}}}]},"description":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports)."},"with_video_input":{"type":"object","propertyNames":{"minLength":1},"additionalProperties":{"oneOf":[{"type":"number","minimum":0,"description":"One price for every resolution."},{"title":"RateByResolution","type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"type":"number","minimum":0,"description":"Price per million tokens at 480p."},"720p":{"type":"number","minimum":0,"description":"Price per million tokens at 720p."},"1080p":{"type":"number","minimum":0,"description":"Price per million tokens at 1080p."},"4k":{"type":"number","minimum":0,"description":"Price per million tokens at 4k."}}}]},"description":"Price per million tokens for tasks with reference videos, by model id. Default: the per_million_tokens price."}}}],"description":"Prices, to show what shots cost: a built-in table by name, or your own. SEEDANCE_PRICING (a name or a file) overrides it. Without one, costs are not shown."},"budget":{"title":"Budget","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"type":"number","exclusiveMinimum":0,"description":"Most a run may spend, in the price table's currency: a run whose estimate is higher sends nothing, and during a run no task is submitted that would take billed plus in-flight costs past it. --max-cost overrides it."}},"description":"A spending limit for each run (needs pricing)."},"defaults":{"$ref":"#/$defs/settings","description":"Generation settings applied to every shot; a shot's own value wins."},"shots":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/shot"},"description":"The shots, in story order."},"concat":{"$ref":"#/$defs/concat"}},"$defs":{"settings":{"title":"GenerationSettings","type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"frames":{"type":"integer","minimum":29,"maximum":289,"description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration."},"priority":{"type":"integer","minimum":0,"maximum":9,"description":"Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task."},"tools":{"type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["web_search"],"description":"web_search: the model may search the web for what the prompt names."}}},"description":"Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage."},"safety_identifier":{"type":"string","minLength":1,"maxLength":64,"description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back."},"callback_url":{"type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","description":"A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it."},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"Generation settings applied to every shot; a shot's own value wins."},"concat":{"title":"Concat","type":"object","additionalProperties":false,"description":"Join the clips into one film after the shots are made.","properties":{"output":{"type":"string","minLength":1,"description":"File name of the film, relative to the output folder. Default final.mp4.","default":"final.mp4"},"shots":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"description":"Shot ids in film order. Default: every shot that is not a draft, in manifest order."},"transition":{"title":"Transition","type":"object","additionalProperties":false,"required":["type"],"description":"How clips meet: cut (default) or crossfade.","properties":{"type":{"enum":["cut","crossfade"],"description":"cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.","default":"cut"},"duration":{"type":"number","exclusiveMinimum":0,"maximum":5,"description":"Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.","default":0.5}}},"trim":{"type":"object","description":"Per-shot trims, by shot id: { start, end } in seconds within the clip.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","type":"object","additionalProperties":false,"description":"Keep the part of the clip from start to end (seconds).","properties":{"start":{"type":"number","minimum":0,"description":"Seconds cut from the beginning (default 0)."},"end":{"type":"number","exclusiveMinimum":0,"description":"Where the kept part ends, in seconds from the clip's start (default: the clip's end)."}}}},"audio":{"title":"MusicBed","type":"object","additionalProperties":false,"required":["file"],"description":"A music bed mixed under the clips' own sound.","properties":{"file":{"type":"string","minLength":1,"description":"Audio file, relative to the manifest."},"volume":{"type":"number","minimum":0,"maximum":4,"description":"Gain of the music bed (1 = as is; default 0.3).","default":0.3}}},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$","description":"Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size."}}},"shot":{"title":"Shot","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4)."},"prompt":{"type":"string","minLength":1,"maxLength":5000,"description":"What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused)."},"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"frames":{"type":"integer","minimum":29,"maximum":289,"description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration."},"priority":{"type":"integer","minimum":0,"maximum":9,"description":"Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task."},"tools":{"type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["web_search"],"description":"web_search: the model may search the web for what the prompt names."}}},"description":"Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage."},"safety_identifier":{"type":"string","minLength":1,"maxLength":64,"description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back."},"callback_url":{"type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","description":"A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it."},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"draft":{"type":"boolean","description":"Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.","default":false},"from_draft":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it."},"first_frame":{"$ref":"#/$defs/media","description":"The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots."},"last_frame":{"$ref":"#/$defs/media","description":"The last frame (image); needs first_frame."},"reference_images":{"type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"},"description":"Reference images (1..9 on 2.0). Not together with first_frame/last_frame."},"reference_videos":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service."},"reference_audio":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.","default":0},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"take":{"type":"integer","minimum":1,"maximum":10,"description":"Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it."},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"One shot: one generation task and one clip."},"media":{"description":"A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.","title":"Media","oneOf":[{"type":"string","minLength":1,"description":"http(s) URL, asset://ID, data: URI, or a file path relative to the manifest."},{"$ref":"#/$defs/shotOutput"}]},"shotOutput":{"title":"ShotOutput","type":"object","additionalProperties":false,"required":["shot"],"description":"Another shot's output: its last frame in image slots, its video in reference_videos.","properties":{"shot":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of the shot whose output is used."}}}}};
const schema32 = {"title":"GenerationSettings","type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"frames":{"type":"integer","minimum":29,"maximum":289,"description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration."},"priority":{"type":"integer","minimum":0,"maximum":9,"description":"Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task."},"tools":{"type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["web_search"],"description":"web_search: the model may search the web for what the prompt names."}}},"description":"Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage."},"safety_identifier":{"type":"string","minLength":1,"maxLength":64,"description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back."},"callback_url":{"type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","description":"A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it."},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"Generation settings applied to every shot; a shot's own value wins."};
const schema36 = {"title":"Concat","type":"object","additionalProperties":false,"description":"Join the clips into one film after the shots are made.","properties":{"output":{"type":"string","minLength":1,"description":"File name of the film, relative to the output folder. Default final.mp4.","default":"final.mp4"},"shots":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"description":"Shot ids in film order. Default: every shot that is not a draft, in manifest order."},"transition":{"title":"Transition","type":"object","additionalProperties":false,"required":["type"],"description":"How clips meet: cut (default) or crossfade.","properties":{"type":{"enum":["cut","crossfade"],"description":"cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.","default":"cut"},"duration":{"type":"number","exclusiveMinimum":0,"maximum":5,"description":"Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.","default":0.5}}},"trim":{"type":"object","description":"Per-shot trims, by shot id: { start, end } in seconds within the clip.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","type":"object","additionalProperties":false,"description":"Keep the part of the clip from start to end (seconds).","properties":{"start":{"type":"number","minimum":0,"description":"Seconds cut from the beginning (default 0)."},"end":{"type":"number","exclusiveMinimum":0,"description":"Where the kept part ends, in seconds from the clip's start (default: the clip's end)."}}}},"audio":{"title":"MusicBed","type":"object","additionalProperties":false,"required":["file"],"description":"A music bed mixed under the clips' own sound.","properties":{"file":{"type":"string","minLength":1,"description":"Audio file, relative to the manifest."},"volume":{"type":"number","minimum":0,"maximum":4,"description":"Gain of the music bed (1 = as is; default 0.3).","default":0.3}}},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$","description":"Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size."}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern5 = new RegExp("^https?://[^\\s/?#]+(/[^\\s?#]*)?$", "u");
const pattern6 = new RegExp("^[A-Z]{3}$", "u");
const pattern7 = new RegExp("^https?://[^\\s/?#]+([/?#]\\S*)?$", "u");
const pattern8 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern14 = new RegExp("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$", "u");
const schema33 = {"title":"Shot","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4)."},"prompt":{"type":"string","minLength":1,"maxLength":5000,"description":"What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused)."},"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"frames":{"type":"integer","minimum":29,"maximum":289,"description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration."},"priority":{"type":"integer","minimum":0,"maximum":9,"description":"Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task."},"tools":{"type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["web_search"],"description":"web_search: the model may search the web for what the prompt names."}}},"description":"Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage."},"safety_identifier":{"type":"string","minLength":1,"maxLength":64,"description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back."},"callback_url":{"type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","description":"A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it."},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"draft":{"type":"boolean","description":"Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.","default":false},"from_draft":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it."},"first_frame":{"$ref":"#/$defs/media","description":"The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots."},"last_frame":{"$ref":"#/$defs/media","description":"The last frame (image); needs first_frame."},"reference_images":{"type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"},"description":"Reference images (1..9 on 2.0). Not together with first_frame/last_frame."},"reference_videos":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service."},"reference_audio":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.","default":0},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"take":{"type":"integer","minimum":1,"maximum":10,"description":"Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it."},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"One shot: one generation task and one clip."};
const schema34 = {"description":"A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.","title":"Media","oneOf":[{"type":"string","minLength":1,"description":"http(s) URL, asset://ID, data: URI, or a file path relative to the manifest."},{"$ref":"#/$defs/shotOutput"}]};
const schema35 = {"title":"ShotOutput","type":"object","additionalProperties":false,"required":["shot"],"description":"Another shot's output: its last frame in image slots, its video in reference_videos.","properties":{"shot":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of the shot whose output is used."}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shot === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/shotOutput/required",keyword:"required",params:{missingProperty: "shot"},message:"must have required property '"+"shot"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "shot")){
const err3 = {instancePath,schemaPath:"#/$defs/shotOutput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.shot !== undefined){
let data0 = data.shot;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err4 = {instancePath:instancePath+"/shot",schemaPath:"#/$defs/shotOutput/properties/shot/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/shot",schemaPath:"#/$defs/shotOutput/properties/shot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/shotOutput/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if(typeof data1 === "string"){
if(func2(data1) > 5000){
const err4 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.model !== undefined){
let data2 = data.model;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.resolution !== undefined){
let data3 = data.resolution;
if(!((((data3 === "480p") || (data3 === "720p")) || (data3 === "1080p")) || (data3 === "4k"))){
const err9 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema33.properties.resolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ratio !== undefined){
let data4 = data.ratio;
if(!(((((((data4 === "16:9") || (data4 === "4:3")) || (data4 === "1:1")) || (data4 === "3:4")) || (data4 === "9:16")) || (data4 === "21:9")) || (data4 === "adaptive"))){
const err10 = {instancePath:instancePath+"/ratio",schemaPath:"#/properties/ratio/enum",keyword:"enum",params:{allowedValues: schema33.properties.ratio.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.duration !== undefined){
let data5 = data.duration;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 15 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < -1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.seed !== undefined){
let data6 = data.seed;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < -1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.generate_audio !== undefined){
if(typeof data.generate_audio !== "boolean"){
const err17 = {instancePath:instancePath+"/generate_audio",schemaPath:"#/properties/generate_audio/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.watermark !== undefined){
if(typeof data.watermark !== "boolean"){
const err18 = {instancePath:instancePath+"/watermark",schemaPath:"#/properties/watermark/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.return_last_frame !== undefined){
if(typeof data.return_last_frame !== "boolean"){
const err19 = {instancePath:instancePath+"/return_last_frame",schemaPath:"#/properties/return_last_frame/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.camera_fixed !== undefined){
if(typeof data.camera_fixed !== "boolean"){
const err20 = {instancePath:instancePath+"/camera_fixed",schemaPath:"#/properties/camera_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.service_tier !== undefined){
let data11 = data.service_tier;
if(!((data11 === "default") || (data11 === "flex"))){
const err21 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema33.properties.service_tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.execution_expires_after !== undefined){
let data12 = data.execution_expires_after;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err22 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 259200 || isNaN(data12)){
const err23 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12 < 3600 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/execution_expires_after",schemaPath:"#/properties/execution_expires_after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.frames !== undefined){
let data13 = data.frames;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err25 = {instancePath:instancePath+"/frames",schemaPath:"#/properties/frames/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 289 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/frames",schemaPath:"#/properties/frames/maximum",keyword:"maximum",params:{comparison: "<=", limit: 289},message:"must be <= 289"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data13 < 29 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/frames",schemaPath:"#/properties/frames/minimum",keyword:"minimum",params:{comparison: ">=", limit: 29},message:"must be >= 29"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.priority !== undefined){
let data14 = data.priority;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err28 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 9 || isNaN(data14)){
const err29 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.tools !== undefined){
let data15 = data.tools;
if(Array.isArray(data15)){
if(data15.length > 1){
const err31 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data15.length < 1){
const err32 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.type === undefined){
const err33 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/properties/tools/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data16){
if(!(key1 === "type")){
const err34 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/properties/tools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data16.type !== undefined){
if(!(data16.type === "web_search")){
const err35 = {instancePath:instancePath+"/tools/" + i0+"/type",schemaPath:"#/properties/tools/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.tools.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.safety_identifier !== undefined){
let data18 = data.safety_identifier;
if(typeof data18 === "string"){
if(func2(data18) > 64){
const err38 = {instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data18) < 1){
const err39 = {instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data19 = data.callback_url;
if(typeof data19 === "string"){
if(!pattern7.test(data19)){
const err41 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+([/?#]\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+([/?#]\\S*)?$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.size !== undefined){
let data20 = data.size;
if(!((((data20 === "1280x720") || (data20 === "720x1080")) || (data20 === "1920x1080")) || (data20 === "1080x1920"))){
const err43 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/enum",keyword:"enum",params:{allowedValues: schema33.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.draft !== undefined){
if(typeof data.draft !== "boolean"){
const err44 = {instancePath:instancePath+"/draft",schemaPath:"#/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.from_draft !== undefined){
let data22 = data.from_draft;
if(typeof data22 === "string"){
if(!pattern8.test(data22)){
const err45 = {instancePath:instancePath+"/from_draft",schemaPath:"#/properties/from_draft/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/from_draft",schemaPath:"#/properties/from_draft/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.first_frame !== undefined){
if(!(validate22(data.first_frame, {instancePath:instancePath+"/first_frame",parentData:data,parentDataProperty:"first_frame",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.last_frame !== undefined){
if(!(validate22(data.last_frame, {instancePath:instancePath+"/last_frame",parentData:data,parentDataProperty:"last_frame",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.reference_images !== undefined){
let data25 = data.reference_images;
if(Array.isArray(data25)){
if(data25.length > 9){
const err47 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data25.length < 1){
const err48 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data25[i1], {instancePath:instancePath+"/reference_images/" + i1,parentData:data25,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/reference_images",schemaPath:"#/properties/reference_images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.reference_videos !== undefined){
let data27 = data.reference_videos;
if(Array.isArray(data27)){
if(data27.length > 3){
const err50 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data27.length < 1){
const err51 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
if(!(validate22(data27[i2], {instancePath:instancePath+"/reference_videos/" + i2,parentData:data27,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/reference_videos",schemaPath:"#/properties/reference_videos/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.reference_audio !== undefined){
let data29 = data.reference_audio;
if(Array.isArray(data29)){
if(data29.length > 3){
const err53 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data29.length < 1){
const err54 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
if(!(validate22(data29[i3], {instancePath:instancePath+"/reference_audio/" + i3,parentData:data29,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err55 = {instancePath:instancePath+"/reference_audio",schemaPath:"#/properties/reference_audio/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.retries !== undefined){
let data31 = data.retries;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err56 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 10 || isNaN(data31)){
const err57 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err58 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data.takes !== undefined){
let data32 = data.takes;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err59 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 10 || isNaN(data32)){
const err60 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err61 = {instancePath:instancePath+"/takes",schemaPath:"#/properties/takes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data.take !== undefined){
let data33 = data.take;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err62 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 10 || isNaN(data33)){
const err63 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err64 = {instancePath:instancePath+"/take",schemaPath:"#/properties/take/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data.refusals !== undefined){
let data34 = data.refusals;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err65 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 10 || isNaN(data34)){
const err66 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err67 = {instancePath:instancePath+"/refusals",schemaPath:"#/properties/refusals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shots === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shots"},message:"must have required property '"+"shots"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.api !== undefined){
let data2 = data.api;
if(!((data2 === "native") || (data2 === "openai"))){
const err6 = {instancePath:instancePath+"/api",schemaPath:"#/properties/api/enum",keyword:"enum",params:{allowedValues: schema31.properties.api.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.base_url !== undefined){
let data3 = data.base_url;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err7 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(/[^\\s?#]*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(/[^\\s?#]*)?$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.output !== undefined){
let data4 = data.output;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.store !== undefined){
let data5 = data.store;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.concurrency !== undefined){
let data6 = data.concurrency;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.pricing !== undefined){
let data7 = data.pricing;
const _errs15 = errors;
let valid1 = false;
let passing0 = null;
const _errs16 = errors;
if(!((data7 === "volcengine") || (data7 === "byteplus"))){
const err16 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.pricing.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs17 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.currency === undefined){
const err17 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf/1/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.per_million_tokens === undefined){
const err18 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf/1/required",keyword:"required",params:{missingProperty: "per_million_tokens"},message:"must have required property '"+"per_million_tokens"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data7){
if(!(((key1 === "currency") || (key1 === "per_million_tokens")) || (key1 === "with_video_input"))){
const err19 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.currency !== undefined){
let data8 = data7.currency;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err20 = {instancePath:instancePath+"/pricing/currency",schemaPath:"#/properties/pricing/oneOf/1/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/pricing/currency",schemaPath:"#/properties/pricing/oneOf/1/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.per_million_tokens !== undefined){
let data9 = data7.per_million_tokens;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err22 = {instancePath:instancePath+"/pricing/per_million_tokens",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data9){
const _errs24 = errors;
if(typeof key2 === "string"){
if(func2(key2) < 1){
const err23 = {instancePath:instancePath+"/pricing/per_million_tokens",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid3 = _errs24 === errors;
if(!valid3){
const err24 = {instancePath:instancePath+"/pricing/per_million_tokens",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key3 in data9){
let data10 = data9[key3];
const _errs27 = errors;
let valid5 = false;
let passing1 = null;
const _errs28 = errors;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs28 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs30 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err27 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key4 in data10){
if(!((((key4 === "480p") || (key4 === "720p")) || (key4 === "1080p")) || (key4 === "4k"))){
const err28 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10["480p"] !== undefined){
let data11 = data10["480p"];
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/480p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/480p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10["720p"] !== undefined){
let data12 = data10["720p"];
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err31 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/720p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/720p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10["1080p"] !== undefined){
let data13 = data10["1080p"];
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err33 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/1080p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/1080p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10["4k"] !== undefined){
let data14 = data10["4k"];
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/4k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/properties/4k/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err38 = {instancePath:instancePath+"/pricing/per_million_tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/pricing/per_million_tokens",schemaPath:"#/properties/pricing/oneOf/1/properties/per_million_tokens/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data7.with_video_input !== undefined){
let data15 = data7.with_video_input;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key5 in data15){
const _errs43 = errors;
if(typeof key5 === "string"){
if(func2(key5) < 1){
const err40 = {instancePath:instancePath+"/pricing/with_video_input",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key5};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var valid7 = _errs43 === errors;
if(!valid7){
const err41 = {instancePath:instancePath+"/pricing/with_video_input",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key6 in data15){
let data16 = data15[key6];
const _errs46 = errors;
let valid9 = false;
let passing2 = null;
const _errs47 = errors;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid2 = _errs47 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs49 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length < 1){
const err44 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key7 in data16){
if(!((((key7 === "480p") || (key7 === "720p")) || (key7 === "1080p")) || (key7 === "4k"))){
const err45 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16["480p"] !== undefined){
let data17 = data16["480p"];
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/480p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/480p",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/480p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16["720p"] !== undefined){
let data18 = data16["720p"];
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/720p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/720p",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/720p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16["1080p"] !== undefined){
let data19 = data16["1080p"];
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/1080p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/1080p",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/1080p/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16["4k"] !== undefined){
let data20 = data16["4k"];
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err52 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/4k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/4k",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/properties/4k/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid2 = _errs49 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err55 = {instancePath:instancePath+"/pricing/with_video_input/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/pricing/with_video_input",schemaPath:"#/properties/pricing/oneOf/1/properties/with_video_input/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err58 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.budget !== undefined){
let data21 = data.budget;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.max === undefined){
const err59 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key8 in data21){
if(!(key8 === "max")){
const err60 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data21.max !== undefined){
let data22 = data21.max;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 <= 0 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/budget/max",schemaPath:"#/properties/budget/properties/max/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/budget/max",schemaPath:"#/properties/budget/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.defaults !== undefined){
let data23 = data.defaults;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key9 in data23){
if(!(func1.call(schema32.properties, key9))){
const err64 = {instancePath:instancePath+"/defaults",schemaPath:"#/$defs/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data23.model !== undefined){
let data24 = data23.model;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err65 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/$defs/settings/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data23.resolution !== undefined){
let data25 = data23.resolution;
if(!((((data25 === "480p") || (data25 === "720p")) || (data25 === "1080p")) || (data25 === "4k"))){
const err67 = {instancePath:instancePath+"/defaults/resolution",schemaPath:"#/$defs/settings/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema32.properties.resolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data23.ratio !== undefined){
let data26 = data23.ratio;
if(!(((((((data26 === "16:9") || (data26 === "4:3")) || (data26 === "1:1")) || (data26 === "3:4")) || (data26 === "9:16")) || (data26 === "21:9")) || (data26 === "adaptive"))){
const err68 = {instancePath:instancePath+"/defaults/ratio",schemaPath:"#/$defs/settings/properties/ratio/enum",keyword:"enum",params:{allowedValues: schema32.properties.ratio.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data23.duration !== undefined){
let data27 = data23.duration;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err69 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 15 || isNaN(data27)){
const err70 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data27 < -1 || isNaN(data27)){
const err71 = {instancePath:instancePath+"/defaults/duration",schemaPath:"#/$defs/settings/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data23.seed !== undefined){
let data28 = data23.seed;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err72 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 4294967295 || isNaN(data28)){
const err73 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data28 < -1 || isNaN(data28)){
const err74 = {instancePath:instancePath+"/defaults/seed",schemaPath:"#/$defs/settings/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data23.generate_audio !== undefined){
if(typeof data23.generate_audio !== "boolean"){
const err75 = {instancePath:instancePath+"/defaults/generate_audio",schemaPath:"#/$defs/settings/properties/generate_audio/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data23.watermark !== undefined){
if(typeof data23.watermark !== "boolean"){
const err76 = {instancePath:instancePath+"/defaults/watermark",schemaPath:"#/$defs/settings/properties/watermark/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data23.return_last_frame !== undefined){
if(typeof data23.return_last_frame !== "boolean"){
const err77 = {instancePath:instancePath+"/defaults/return_last_frame",schemaPath:"#/$defs/settings/properties/return_last_frame/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data23.camera_fixed !== undefined){
if(typeof data23.camera_fixed !== "boolean"){
const err78 = {instancePath:instancePath+"/defaults/camera_fixed",schemaPath:"#/$defs/settings/properties/camera_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data23.service_tier !== undefined){
let data33 = data23.service_tier;
if(!((data33 === "default") || (data33 === "flex"))){
const err79 = {instancePath:instancePath+"/defaults/service_tier",schemaPath:"#/$defs/settings/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema32.properties.service_tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data23.execution_expires_after !== undefined){
let data34 = data23.execution_expires_after;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err80 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 259200 || isNaN(data34)){
const err81 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data34 < 3600 || isNaN(data34)){
const err82 = {instancePath:instancePath+"/defaults/execution_expires_after",schemaPath:"#/$defs/settings/properties/execution_expires_after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data23.frames !== undefined){
let data35 = data23.frames;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err83 = {instancePath:instancePath+"/defaults/frames",schemaPath:"#/$defs/settings/properties/frames/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 289 || isNaN(data35)){
const err84 = {instancePath:instancePath+"/defaults/frames",schemaPath:"#/$defs/settings/properties/frames/maximum",keyword:"maximum",params:{comparison: "<=", limit: 289},message:"must be <= 289"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data35 < 29 || isNaN(data35)){
const err85 = {instancePath:instancePath+"/defaults/frames",schemaPath:"#/$defs/settings/properties/frames/minimum",keyword:"minimum",params:{comparison: ">=", limit: 29},message:"must be >= 29"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data23.priority !== undefined){
let data36 = data23.priority;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err86 = {instancePath:instancePath+"/defaults/priority",schemaPath:"#/$defs/settings/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 9 || isNaN(data36)){
const err87 = {instancePath:instancePath+"/defaults/priority",schemaPath:"#/$defs/settings/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data36 < 0 || isNaN(data36)){
const err88 = {instancePath:instancePath+"/defaults/priority",schemaPath:"#/$defs/settings/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data23.tools !== undefined){
let data37 = data23.tools;
if(Array.isArray(data37)){
if(data37.length > 1){
const err89 = {instancePath:instancePath+"/defaults/tools",schemaPath:"#/$defs/settings/properties/tools/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data37.length < 1){
const err90 = {instancePath:instancePath+"/defaults/tools",schemaPath:"#/$defs/settings/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const len0 = data37.length;
for(let i0=0; i0<len0; i0++){
let data38 = data37[i0];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.type === undefined){
const err91 = {instancePath:instancePath+"/defaults/tools/" + i0,schemaPath:"#/$defs/settings/properties/tools/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key10 in data38){
if(!(key10 === "type")){
const err92 = {instancePath:instancePath+"/defaults/tools/" + i0,schemaPath:"#/$defs/settings/properties/tools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data38.type !== undefined){
if(!(data38.type === "web_search")){
const err93 = {instancePath:instancePath+"/defaults/tools/" + i0+"/type",schemaPath:"#/$defs/settings/properties/tools/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.tools.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/defaults/tools/" + i0,schemaPath:"#/$defs/settings/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/defaults/tools",schemaPath:"#/$defs/settings/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data23.safety_identifier !== undefined){
let data40 = data23.safety_identifier;
if(typeof data40 === "string"){
if(func2(data40) > 64){
const err96 = {instancePath:instancePath+"/defaults/safety_identifier",schemaPath:"#/$defs/settings/properties/safety_identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(func2(data40) < 1){
const err97 = {instancePath:instancePath+"/defaults/safety_identifier",schemaPath:"#/$defs/settings/properties/safety_identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/defaults/safety_identifier",schemaPath:"#/$defs/settings/properties/safety_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data23.callback_url !== undefined){
let data41 = data23.callback_url;
if(typeof data41 === "string"){
if(!pattern7.test(data41)){
const err99 = {instancePath:instancePath+"/defaults/callback_url",schemaPath:"#/$defs/settings/properties/callback_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+([/?#]\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+([/?#]\\S*)?$"+"\""};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/defaults/callback_url",schemaPath:"#/$defs/settings/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data23.size !== undefined){
let data42 = data23.size;
if(!((((data42 === "1280x720") || (data42 === "720x1080")) || (data42 === "1920x1080")) || (data42 === "1080x1920"))){
const err101 = {instancePath:instancePath+"/defaults/size",schemaPath:"#/$defs/settings/properties/size/enum",keyword:"enum",params:{allowedValues: schema32.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data23.takes !== undefined){
let data43 = data23.takes;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err102 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 10 || isNaN(data43)){
const err103 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data43 < 1 || isNaN(data43)){
const err104 = {instancePath:instancePath+"/defaults/takes",schemaPath:"#/$defs/settings/properties/takes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data23.refusals !== undefined){
let data44 = data23.refusals;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err105 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 10 || isNaN(data44)){
const err106 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data44 < 0 || isNaN(data44)){
const err107 = {instancePath:instancePath+"/defaults/refusals",schemaPath:"#/$defs/settings/properties/refusals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
}
else {
const err108 = {instancePath:instancePath+"/defaults",schemaPath:"#/$defs/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.shots !== undefined){
let data45 = data.shots;
if(Array.isArray(data45)){
if(data45.length < 1){
const err109 = {instancePath:instancePath+"/shots",schemaPath:"#/properties/shots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
const len1 = data45.length;
for(let i1=0; i1<len1; i1++){
if(!(validate21(data45[i1], {instancePath:instancePath+"/shots/" + i1,parentData:data45,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err110 = {instancePath:instancePath+"/shots",schemaPath:"#/properties/shots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.concat !== undefined){
let data47 = data.concat;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key11 in data47){
if(!((((((key11 === "output") || (key11 === "shots")) || (key11 === "transition")) || (key11 === "trim")) || (key11 === "audio")) || (key11 === "size"))){
const err111 = {instancePath:instancePath+"/concat",schemaPath:"#/$defs/concat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data47.output !== undefined){
let data48 = data47.output;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err112 = {instancePath:instancePath+"/concat/output",schemaPath:"#/$defs/concat/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/concat/output",schemaPath:"#/$defs/concat/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data47.shots !== undefined){
let data49 = data47.shots;
if(Array.isArray(data49)){
if(data49.length < 1){
const err114 = {instancePath:instancePath+"/concat/shots",schemaPath:"#/$defs/concat/properties/shots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
const len2 = data49.length;
for(let i2=0; i2<len2; i2++){
let data50 = data49[i2];
if(typeof data50 === "string"){
if(!pattern8.test(data50)){
const err115 = {instancePath:instancePath+"/concat/shots/" + i2,schemaPath:"#/$defs/concat/properties/shots/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/concat/shots/" + i2,schemaPath:"#/$defs/concat/properties/shots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/concat/shots",schemaPath:"#/$defs/concat/properties/shots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data47.transition !== undefined){
let data51 = data47.transition;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.type === undefined){
const err118 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key12 in data51){
if(!((key12 === "type") || (key12 === "duration"))){
const err119 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data51.type !== undefined){
let data52 = data51.type;
if(!((data52 === "cut") || (data52 === "crossfade"))){
const err120 = {instancePath:instancePath+"/concat/transition/type",schemaPath:"#/$defs/concat/properties/transition/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.transition.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data51.duration !== undefined){
let data53 = data51.duration;
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 5 || isNaN(data53)){
const err121 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data53 <= 0 || isNaN(data53)){
const err122 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/concat/transition/duration",schemaPath:"#/$defs/concat/properties/transition/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/concat/transition",schemaPath:"#/$defs/concat/properties/transition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data47.trim !== undefined){
let data54 = data47.trim;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key13 in data54){
const _errs128 = errors;
if(typeof key13 === "string"){
if(!pattern8.test(key13)){
const err125 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",propertyName:key13};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
var valid24 = _errs128 === errors;
if(!valid24){
const err126 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
for(const key14 in data54){
let data55 = data54[key14];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key15 in data55){
if(!((key15 === "start") || (key15 === "end"))){
const err127 = {instancePath:instancePath+"/concat/trim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/concat/properties/trim/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data55.start !== undefined){
let data56 = data55.start;
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 0 || isNaN(data56)){
const err128 = {instancePath:instancePath+"/concat/trim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/start",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/concat/trim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/start",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data55.end !== undefined){
let data57 = data55.end;
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 <= 0 || isNaN(data57)){
const err130 = {instancePath:instancePath+"/concat/trim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/end",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/end/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/concat/trim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/end",schemaPath:"#/$defs/concat/properties/trim/additionalProperties/properties/end/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/concat/trim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/concat/properties/trim/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/concat/trim",schemaPath:"#/$defs/concat/properties/trim/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data47.audio !== undefined){
let data58 = data47.audio;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.file === undefined){
const err134 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key16 in data58){
if(!((key16 === "file") || (key16 === "volume"))){
const err135 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data58.file !== undefined){
let data59 = data58.file;
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err136 = {instancePath:instancePath+"/concat/audio/file",schemaPath:"#/$defs/concat/properties/audio/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/concat/audio/file",schemaPath:"#/$defs/concat/properties/audio/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data58.volume !== undefined){
let data60 = data58.volume;
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 4 || isNaN(data60)){
const err138 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data60 < 0 || isNaN(data60)){
const err139 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/concat/audio/volume",schemaPath:"#/$defs/concat/properties/audio/properties/volume/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/concat/audio",schemaPath:"#/$defs/concat/properties/audio/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data47.size !== undefined){
let data61 = data47.size;
if(typeof data61 === "string"){
if(!pattern14.test(data61)){
const err142 = {instancePath:instancePath+"/concat/size",schemaPath:"#/$defs/concat/properties/size/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"},message:"must match pattern \""+"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/concat/size",schemaPath:"#/$defs/concat/properties/size/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/concat",schemaPath:"#/$defs/concat/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** The schema itself, for explaining errors (allowed keys). */
export const manifestSchema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/seedance-pipeline/seedance-pipeline/schemas/manifest.schema.json","description":"seedance-pipeline manifest: a storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film.","type":"object","additionalProperties":false,"required":["version","shots"],"properties":{"version":{"const":1,"description":"Manifest format version. Only 1 exists."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"Name of the film. Default: the manifest's file name without extension."},"api":{"enum":["native","openai"],"description":"Wire format: native (/api/v3/contents/generations/tasks, the default) or openai (/v1/videos).","default":"native"},"base_url":{"type":"string","pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*)?$","description":"Host root of the service, e.g. https://api.wisgate.ai (the path is appended). The SEEDANCE_BASE_URL environment variable overrides it."},"output":{"type":"string","minLength":1,"description":"Output folder, relative to the manifest's folder. Default out/<name>."},"store":{"type":"string","minLength":1,"description":"The clip store's folder, relative to the manifest's folder and inside the project (SEEDANCE_STORE overrides it). Default .seedance/store beside the manifest."},"concurrency":{"type":"integer","minimum":1,"maximum":100,"description":"Most tasks at the service at once (default 3). --concurrency overrides it.","default":3},"pricing":{"oneOf":[{"enum":["volcengine","byteplus"],"description":"A built-in list-price table: volcengine (CNY) or byteplus (USD). See docs/pricing.md for each figure, its source and date."},{"title":"PriceTable","type":"object","additionalProperties":false,"required":["currency","per_million_tokens"],"properties":{"currency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 currency code of the figures, e.g. USD or CNY."},"per_million_tokens":{"type":"object","minProperties":1,"propertyNames":{"minLength":1},"additionalProperties":{"oneOf":[{"type":"number","minimum":0,"description":"One price for every resolution."},{"title":"RateByResolution","type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"type":"number","minimum":0,"description":"Price per million tokens at 480p."},"720p":{"type":"number","minimum":0,"description":"Price per million tokens at 720p."},"1080p":{"type":"number","minimum":0,"description":"Price per million tokens at 1080p."},"4k":{"type":"number","minimum":0,"description":"Price per million tokens at 4k."}}}]},"description":"Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports)."},"with_video_input":{"type":"object","propertyNames":{"minLength":1},"additionalProperties":{"oneOf":[{"type":"number","minimum":0,"description":"One price for every resolution."},{"title":"RateByResolution","type":"object","additionalProperties":false,"minProperties":1,"properties":{"480p":{"type":"number","minimum":0,"description":"Price per million tokens at 480p."},"720p":{"type":"number","minimum":0,"description":"Price per million tokens at 720p."},"1080p":{"type":"number","minimum":0,"description":"Price per million tokens at 1080p."},"4k":{"type":"number","minimum":0,"description":"Price per million tokens at 4k."}}}]},"description":"Price per million tokens for tasks with reference videos, by model id. Default: the per_million_tokens price."}}}],"description":"Prices, to show what shots cost: a built-in table by name, or your own. SEEDANCE_PRICING (a name or a file) overrides it. Without one, costs are not shown."},"budget":{"title":"Budget","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"type":"number","exclusiveMinimum":0,"description":"Most a run may spend, in the price table's currency: a run whose estimate is higher sends nothing, and during a run no task is submitted that would take billed plus in-flight costs past it. --max-cost overrides it."}},"description":"A spending limit for each run (needs pricing)."},"defaults":{"$ref":"#/$defs/settings","description":"Generation settings applied to every shot; a shot's own value wins."},"shots":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/shot"},"description":"The shots, in story order."},"concat":{"$ref":"#/$defs/concat"}},"$defs":{"settings":{"title":"GenerationSettings","type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"frames":{"type":"integer","minimum":29,"maximum":289,"description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration."},"priority":{"type":"integer","minimum":0,"maximum":9,"description":"Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task."},"tools":{"type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["web_search"],"description":"web_search: the model may search the web for what the prompt names."}}},"description":"Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage."},"safety_identifier":{"type":"string","minLength":1,"maxLength":64,"description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back."},"callback_url":{"type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","description":"A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it."},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"Generation settings applied to every shot; a shot's own value wins."},"concat":{"title":"Concat","type":"object","additionalProperties":false,"description":"Join the clips into one film after the shots are made.","properties":{"output":{"type":"string","minLength":1,"description":"File name of the film, relative to the output folder. Default final.mp4.","default":"final.mp4"},"shots":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"description":"Shot ids in film order. Default: every shot that is not a draft, in manifest order."},"transition":{"title":"Transition","type":"object","additionalProperties":false,"required":["type"],"description":"How clips meet: cut (default) or crossfade.","properties":{"type":{"enum":["cut","crossfade"],"description":"cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.","default":"cut"},"duration":{"type":"number","exclusiveMinimum":0,"maximum":5,"description":"Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.","default":0.5}}},"trim":{"type":"object","description":"Per-shot trims, by shot id: { start, end } in seconds within the clip.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"title":"Trim","type":"object","additionalProperties":false,"description":"Keep the part of the clip from start to end (seconds).","properties":{"start":{"type":"number","minimum":0,"description":"Seconds cut from the beginning (default 0)."},"end":{"type":"number","exclusiveMinimum":0,"description":"Where the kept part ends, in seconds from the clip's start (default: the clip's end)."}}}},"audio":{"title":"MusicBed","type":"object","additionalProperties":false,"required":["file"],"description":"A music bed mixed under the clips' own sound.","properties":{"file":{"type":"string","minLength":1,"description":"Audio file, relative to the manifest."},"volume":{"type":"number","minimum":0,"maximum":4,"description":"Gain of the music bed (1 = as is; default 0.3).","default":0.3}}},"size":{"type":"string","pattern":"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$","description":"Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size."}}},"shot":{"title":"Shot","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4)."},"prompt":{"type":"string","minLength":1,"maxLength":5000,"description":"What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused)."},"model":{"type":"string","minLength":1,"description":"Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.","examples":["doubao-seedance-2.0","doubao-seedance-2-fast","doubao-seedance-2","doubao-seedance-2-0-260128","doubao-seedance-1-5-pro-251215"]},"resolution":{"enum":["480p","720p","1080p","4k"],"description":"Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.","default":"720p"},"ratio":{"enum":["16:9","4:3","1:1","3:4","9:16","21:9","adaptive"],"description":"Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: \"16:9\".","default":"16:9"},"duration":{"type":"integer","minimum":-1,"maximum":15,"description":"Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4)."},"seed":{"type":"integer","minimum":-1,"maximum":4294967295,"description":"Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.","default":-1},"generate_audio":{"type":"boolean","description":"Generate a synchronized sound track (2.0 and 1.5 pro only)."},"watermark":{"type":"boolean","description":"Add the AI-generated watermark (native format only). Default false.","default":false},"return_last_frame":{"type":"boolean","description":"Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.","default":false},"camera_fixed":{"type":"boolean","description":"Keep the camera still (1.0 series and 1.5 pro; not 2.0)."},"service_tier":{"enum":["default","flex"],"description":"default, or flex: half price, run offline (not on 2.0)."},"execution_expires_after":{"type":"integer","minimum":3600,"maximum":259200,"description":"Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.","default":172800},"frames":{"type":"integer","minimum":29,"maximum":289,"description":"Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration."},"priority":{"type":"integer","minimum":0,"maximum":9,"description":"Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task."},"tools":{"type":"array","minItems":1,"maxItems":1,"items":{"title":"Tool","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["web_search"],"description":"web_search: the model may search the web for what the prompt names."}}},"description":"Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage."},"safety_identifier":{"type":"string","minLength":1,"maxLength":64,"description":"A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back."},"callback_url":{"type":"string","pattern":"^https?://[^\\s/?#]+([/?#]\\S*)?$","description":"A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it."},"size":{"enum":["1280x720","720x1080","1920x1080","1080x1920"],"description":"Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.","default":"1280x720"},"draft":{"type":"boolean","description":"Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.","default":false},"from_draft":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it."},"first_frame":{"$ref":"#/$defs/media","description":"The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots."},"last_frame":{"$ref":"#/$defs/media","description":"The last frame (image); needs first_frame."},"reference_images":{"type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/media"},"description":"Reference images (1..9 on 2.0). Not together with first_frame/last_frame."},"reference_videos":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service."},"reference_audio":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/media"},"description":"Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.","default":0},"takes":{"type":"integer","minimum":1,"maximum":10,"description":"How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.","default":1},"take":{"type":"integer","minimum":1,"maximum":10,"description":"Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it."},"refusals":{"type":"integer","minimum":0,"maximum":10,"description":"How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.","default":0}},"description":"One shot: one generation task and one clip."},"media":{"description":"A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.","title":"Media","oneOf":[{"type":"string","minLength":1,"description":"http(s) URL, asset://ID, data: URI, or a file path relative to the manifest."},{"$ref":"#/$defs/shotOutput"}]},"shotOutput":{"title":"ShotOutput","type":"object","additionalProperties":false,"required":["shot"],"description":"Another shot's output: its last frame in image slots, its video in reference_videos.","properties":{"shot":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"The id of the shot whose output is used."}}}}};
