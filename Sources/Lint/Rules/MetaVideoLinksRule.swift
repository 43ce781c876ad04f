import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `meta-video-links`: video_links items with url and title, from a known provider.
enum MetaVideoLinksRule {
    static func file(_ file: Lintable, _ ctx: inout RuleContext) {
        guard let info = file.node?["galaxy_info"], info.truthy else { return }
        guard let videos = info["video_links"], videos.truthy else { return }
        for video in videos.items ?? [] {
            guard video.pairs != nil else {
                ctx.add("meta-video-links", nil, "Expected item in 'video_links' to be a dictionary", at: video)
                continue
            }
            if !Set(video.keys).subtracting(["url", "title"]).isEmpty {
                ctx.add("meta-video-links", nil, "Expected item in 'video_links' to contain only keys 'url' and 'title'", at: video)
                continue
            }
            let url = video["url"]?.stringValue ?? ""
            let patterns = [
                #"^https://drive\.google\.com.*file/d/([0-9A-Za-z-_]+)/.*"#, #"^https://vimeo\.com/([0-9]+)"#,
                #"^https://youtu\.be/([0-9A-Za-z-_]+)"#,
            ]
            if !patterns.contains(where: { url.range(of: $0, options: .regularExpression) != nil }) {
                ctx.add(
                    "meta-video-links", nil,
                    "URL format '\(url)' is not recognized. Expected it be a shared link from Vimeo, YouTube, or Google Drive.",
                    at: video["url"] ?? video)
            }
        }
    }
}
